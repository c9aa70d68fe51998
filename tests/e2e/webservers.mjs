// Real web servers for the serving tests: Debian's nginx and Apache, run by the test itself on
// 127.0.0.1 (never as system services), each configured from the files in deploy/ exactly as
// docs/deploying.md tells an administrator to use them, with only the folder and the port put in.
//
// Each server plays two sites: a provincial portal with the app under /dau-moc/ (a portal that
// sends X-Frame-Options on everything and has cache rules of its own for .js and .css), and a
// site that is the app at its root.
import { spawn, execFileSync } from 'node:child_process';
import fs from 'node:fs/promises';
import fsSync from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

/** The portal's own page beside the app, to show the portal's headers are left alone. */
const PORTAL_PAGE = '<!doctype html><meta charset="utf-8"><title>Cổng thông tin</title><p>Cổng thông tin tỉnh</p>\n';

/** A port no one listens on now (the server binds it a moment later). */
async function freePort() {
  const server = net.createServer();
  await new Promise((resolve, reject) => server.once('error', reject).listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** The path of a program, or an error that says how to get it. */
function program(name) {
  for (const dir of ['/usr/sbin', '/usr/bin', '/sbin', '/bin', ...(process.env.PATH ?? '').split(':')]) {
    try { fsSync.accessSync(path.join(dir, name), fsSync.constants.X_OK); return path.join(dir, name); } catch { /* next */ }
  }
  throw new Error(`${name} is not installed: run scripts/bootstrap.sh (it installs nginx and apache2 with apt)`);
}

/**
 * A folder of the layout both servers serve: portal/ (a page of the portal, and the build in
 * portal/dau-moc/) and root/ (the build itself). Copies, so the servers' unprivileged workers
 * can read them and nothing is written into dist/.
 */
async function layout(dist, extra = {}) {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'daumoc-serving-'));
  await fs.chmod(dir, 0o755);
  await fs.mkdir(path.join(dir, 'portal'));
  await fs.writeFile(path.join(dir, 'portal/index.html'), PORTAL_PAGE);
  await fs.cp(dist, path.join(dir, 'portal/dau-moc'), { recursive: true });
  await fs.cp(dist, path.join(dir, 'root'), { recursive: true });
  for (const [file, text] of Object.entries(extra)) await fs.writeFile(path.join(dir, file), text);
  await fs.mkdir(path.join(dir, 'logs'));
  // Readable by the workers (nobody) when the tests run as root.
  execFileSync('chmod', ['-R', 'a+rX', dir]);
  return dir;
}

/** Waits until something accepts connections on the port, or the process has died. */
async function listening(port, child, log, { timeout = 15000 } = {}) {
  const deadline = Date.now() + timeout;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) break;
    const ok = await new Promise((resolve) => {
      const socket = net.connect(port, '127.0.0.1');
      socket.once('connect', () => { socket.destroy(); resolve(true); });
      socket.once('error', () => resolve(false));
    });
    if (ok) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  const errors = await fs.readFile(log, 'utf8').catch(() => '');
  throw new Error(`the server did not listen on 127.0.0.1:${port} within ${timeout} ms (exit code ${child.exitCode}); its log:\n${errors}${child.output ?? ''}`);
}

function start(cmd, args) {
  const child = spawn(cmd, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  child.output = '';
  child.stdout.on('data', (d) => { child.output += d; });
  child.stderr.on('data', (d) => { child.output += d; });
  return child;
}

async function stop(child, signal, { timeout = 10000 } = {}) {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill(signal);
  const timer = new Promise((resolve) => setTimeout(resolve, timeout, 'timeout'));
  if ((await Promise.race([exited, timer])) === 'timeout') {
    child.kill('SIGKILL');
    await exited;
  }
}

const asRoot = process.getuid?.() === 0;

/** Runs a server's start; on any failure its folder goes (and the server, if it started). */
async function run(dir, body) {
  try {
    return await body();
  } catch (e) {
    await fs.rm(dir, { recursive: true, force: true });
    throw e;
  }
}

/** Waits for both sites, then hands back their addresses and a close that stops the server once. */
async function serving(dir, conf, child, signal, portalPort, rootPort, log) {
  try {
    await listening(portalPort, child, log);
    await listening(rootPort, child, log);
  } catch (e) {
    await stop(child, 'SIGKILL');
    throw e;
  }
  let closed;
  return {
    dir,
    conf,
    portal: `http://127.0.0.1:${portalPort}`,
    root: `http://127.0.0.1:${rootPort}`,
    close: () => (closed ??= (async () => { await stop(child, signal); await fs.rm(dir, { recursive: true, force: true }); })()),
  };
}

/**
 * deploy/nginx.conf made ready for a site: brotli switched on (the line docs/deploying.md says to
 * uncomment once libnginx-mod-http-brotli-static is installed) and, for the root, the first line.
 */
export function nginxBlock(text, { root = false } = {}) {
  const on = text.replace('# brotli_static on;', 'brotli_static on;');
  if (on === text) throw new Error('deploy/nginx.conf has no "# brotli_static on;" line to switch on');
  if (!root) return on;
  const atRoot = on.replace('location ^~ /dau-moc/ {', 'location / {');
  if (atRoot === on) throw new Error('deploy/nginx.conf has no "location ^~ /dau-moc/ {" line');
  return atRoot;
}

/** Starts Debian's nginx with deploy/nginx.conf; resolves to { portal, root, dir, close }. */
export async function startNginx({ repo, dist }) {
  const nginx = program('nginx');
  const deploy = await fs.readFile(path.join(repo, 'deploy/nginx.conf'), 'utf8');
  const dir = await layout(dist);
  const [portalPort, rootPort] = [await freePort(), await freePort()];
  const indent = (text) => text.replace(/^(?=.)/gm, '        ');
  const conf = `# Generated by tests/e2e/webservers.mjs from deploy/nginx.conf.
${asRoot ? 'user nobody nogroup;' : ''}
daemon off;
worker_processes 1;
pid ${dir}/logs/nginx.pid;
error_log ${dir}/logs/error.log warn;
# Debian's way of loading modules: libnginx-mod-http-brotli-static puts its load_module here.
include /etc/nginx/modules-enabled/*.conf;
events { worker_connections 128; }
http {
    include /etc/nginx/mime.types;
    default_type application/octet-stream;
    access_log ${dir}/logs/access.log;
    client_body_temp_path ${dir}/logs/body;
    proxy_temp_path ${dir}/logs/proxy;
    fastcgi_temp_path ${dir}/logs/fastcgi;
    uwsgi_temp_path ${dir}/logs/uwsgi;
    scgi_temp_path ${dir}/logs/scgi;
    sendfile on;
    gzip on;  # as in Debian's nginx.conf

    # A provincial portal with the app under /dau-moc/.
    server {
        listen 127.0.0.1:${portalPort};
        server_name portal;
        root ${dir}/portal;
        index index.html;
        add_header X-Frame-Options SAMEORIGIN always;
        location ~* \\.(js|css)$ { expires 7d; }
${indent(nginxBlock(deploy))}
    }

    # The app at the root of its own site.
    server {
        listen 127.0.0.1:${rootPort};
        server_name app;
        root ${dir}/root;
        index index.html;
${indent(nginxBlock(deploy, { root: true }))}
    }
}
`;
  const confPath = path.join(dir, 'nginx.conf');
  await fs.writeFile(confPath, conf);
  return run(dir, async () => {
    const log = path.join(dir, 'logs/error.log');
    // Debian's prefix: the module files named in modules-enabled/ are relative to it.
    try {
      execFileSync(nginx, ['-t', '-q', '-e', log, '-p', '/usr/share/nginx/', '-c', confPath], { stdio: 'pipe' });
    } catch (e) {
      throw new Error(`nginx refuses the configuration made from deploy/nginx.conf:\n${e.stderr}\n${conf}`);
    }
    const child = start(nginx, ['-e', log, '-p', '/usr/share/nginx/', '-c', confPath]);
    return serving(dir, conf, child, 'SIGQUIT', portalPort, rootPort, log);
  });
}

/**
 * Starts Debian's Apache: the portal with deploy/apache.conf (its <Directory> pointed at the copy
 * of the build), the root site with deploy/.htaccess beside index.html. Debian's own mime.conf
 * (.br is the Breton language there) and deflate.conf (which compresses JavaScript and wasm on the
 * fly) are loaded as a stock Debian server has them.
 */
export async function startApache({ repo, dist }) {
  const apache = program('apache2');
  const deployConf = await fs.readFile(path.join(repo, 'deploy/apache.conf'), 'utf8');
  const htaccess = await fs.readFile(path.join(repo, 'deploy/.htaccess'), 'utf8');
  const dir = await layout(dist, { 'root/.htaccess': htaccess });
  const block = deployConf.replaceAll('/var/www/html/dau-moc', `${dir}/portal/dau-moc`);
  if (block === deployConf) throw new Error('deploy/apache.conf has no <Directory "/var/www/html/dau-moc">');
  const [portalPort, rootPort] = [await freePort(), await freePort()];
  const mod = (name, file = name) => `LoadModule ${name}_module /usr/lib/apache2/modules/mod_${file}.so`;
  const conf = `# Generated by tests/e2e/webservers.mjs from deploy/apache.conf and deploy/.htaccess.
ServerRoot ${dir}
ServerName 127.0.0.1
Listen 127.0.0.1:${portalPort}
Listen 127.0.0.1:${rootPort}
PidFile ${dir}/logs/apache.pid
DefaultRuntimeDir ${dir}/logs
Mutex file:${dir}/logs default
ErrorLog ${dir}/logs/error.log
LogLevel warn
${asRoot ? 'User nobody\nGroup nogroup' : ''}
${mod('mpm_event')}
${mod('authz_core')}
${mod('mime')}
${mod('dir')}
${mod('filter')}
${mod('deflate')}
${mod('rewrite')}
${mod('headers')}
${mod('env')}
Include /etc/apache2/mods-available/mime.conf
Include /etc/apache2/mods-available/deflate.conf
DirectoryIndex index.html
<Directory />
    Options None
    AllowOverride None
    Require all denied
</Directory>
# A hardened portal: X-Frame-Options on every answer.
Header always set X-Frame-Options SAMEORIGIN

<VirtualHost 127.0.0.1:${portalPort}>
    DocumentRoot ${dir}/portal
    <Directory ${dir}/portal>
        Require all granted
    </Directory>
${block}
</VirtualHost>

<VirtualHost 127.0.0.1:${rootPort}>
    DocumentRoot ${dir}/root
    # Debian's default for /var/www, with .htaccess files allowed to set types and headers.
    <Directory ${dir}/root>
        Options FollowSymLinks
        AllowOverride FileInfo
        Require all granted
    </Directory>
</VirtualHost>
`;
  const confPath = path.join(dir, 'apache2.conf');
  await fs.writeFile(confPath, conf);
  return run(dir, async () => {
    const log = path.join(dir, 'logs/error.log');
    try {
      execFileSync(apache, ['-t', '-d', dir, '-f', confPath], { stdio: 'pipe' });
    } catch (e) {
      throw new Error(`apache2 refuses the configuration made from deploy/apache.conf:\n${e.stderr}\n${conf}`);
    }
    const child = start(apache, ['-d', dir, '-f', confPath, '-DFOREGROUND']);
    return serving(dir, conf, child, 'SIGTERM', portalPort, rootPort, log);
  });
}
