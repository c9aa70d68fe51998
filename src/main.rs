fn main() {
    daumoc::start();
}
