//! Step 2: every problem where it is — the sheet, the row (the header is row 1) and the column's
//! letter and header — grouped by row, errors apart from warnings; "Xem dòng" shows the row's
//! cells with the faulty ones marked.

use crate::browser;
use crate::editor::use_editor;
use crate::state::use_ui;
use daumoc_core::i18n::fill;
use daumoc_core::{column_letter, ImportSummary, Lang, Severity, SheetProblem};
use leptos::prelude::*;
use std::sync::Arc;

/// Rows listed at most in each list; the count says how many more there are.
const MAX_ROWS: usize = 300;

/// One row's problems of one list.
#[derive(Clone, PartialEq)]
struct Group {
    row: Option<usize>,
    problems: Vec<SheetProblem>,
}

fn groups(file: &ImportSummary, errors: bool) -> Vec<Group> {
    file.by_row()
        .into_iter()
        .filter_map(|group| {
            let problems: Vec<SheetProblem> =
                group.into_iter().filter(|p| (p.severity() == Severity::Error) == errors).cloned().collect();
            let row = problems.first()?.row;
            Some(Group { row, problems })
        })
        .collect()
}

#[component]
pub fn Problems() -> impl IntoView {
    let ui = use_ui();
    let state = use_editor();
    let t = move || ui.lang.get().editor_strings();
    let file = Memo::new(move |_| state.opened.with(|o| o.as_ref().map(|o| o.file.clone())));
    let errors = Memo::new(move |_| file.get().map(|f| groups(&f, true)).unwrap_or_default());
    let warnings = Memo::new(move |_| file.get().map(|f| groups(&f, false)).unwrap_or_default());
    let list = move |groups: Vec<Group>, kind: &'static str| {
        let more = groups.len().saturating_sub(MAX_ROWS);
        view! {
            <ul class=format!("problem-list problem-list--{kind}")>
                {groups.into_iter().take(MAX_ROWS).map(|g| view! { <ProblemGroup group=g /> }).collect_view()}
            </ul>
            {(more > 0).then(|| view! { <p>{move || fill(t().more_problems, &[&more.to_string()])}</p> })}
        }
    };
    view! {
        <section class="editor-step" aria-labelledby="problems-heading" id="problems">
            <h2 id="problems-heading">{move || t().step_problems}</h2>
            {move || match file.get() {
                None => view! { <p class="editor-empty">{move || t().no_file}</p> }.into_any(),
                Some(f) => {
                    let left_out = f.left_out;
                    view! {
                        {if errors.with(Vec::is_empty) {
                            view! { <p class="problems-none">{move || t().no_errors}</p> }.into_any()
                        } else {
                            view! {
                                <h3 class="problems-heading problems-heading--error">
                                    {move || fill(t().errors_heading, &[&left_out.to_string()])}
                                </h3>
                                {list(errors.get(), "error")}
                            }
                            .into_any()
                        }}
                        {(!warnings.with(Vec::is_empty)).then(|| view! {
                            <h3 class="problems-heading">
                                {move || fill(t().warnings_heading, &[&warnings.with(Vec::len).to_string()])}
                            </h3>
                            {list(warnings.get(), "warning")}
                        })}
                        <RowPanel file=f />
                    }
                    .into_any()
                }
            }}
        </section>
    }
}

#[component]
fn ProblemGroup(group: Group) -> impl IntoView {
    let ui = use_ui();
    let state = use_editor();
    let t = move || ui.lang.get().editor_strings();
    let row = group.row;
    let first = group.problems[0].clone();
    let label = first.label.clone();
    let items = group.problems.clone();
    view! {
        <li class="problem-group" data-row=row.map(|r| r.to_string())>
            <div class="problem-group__head">
                <span class="problem-group__place">{move || first.row_place(ui.lang.get())}</span>
                {label.map(|l| view! { <span class="problem-group__label">" (" {l} ")"</span> })}
                {row.map(|r| view! {
                    <button
                        type="button"
                        class="link-button problem-group__show"
                        aria-controls="row-panel"
                        on:click=move |_| {
                            state.shown_row.set(Some(r));
                            browser::next_frame(|| browser::focus("#row-panel"));
                        }
                    >
                        {move || t().show_row}
                        <span class="visually-hidden">" " {r}</span>
                    </button>
                })}
            </div>
            <ul class="problem-group__items">
                {items.into_iter().map(|p| {
                    let p2 = p.clone();
                    let error = p.severity() == Severity::Error;
                    view! {
                        <li class="problem" class:problem--error=error>
                            {move || p.column_place(ui.lang.get()).map(|c| view! { <span class="problem__column">{c} ": "</span> })}
                            <span class="problem__message">{move || p2.message(ui.lang.get())}</span>
                        </li>
                    }
                }).collect_view()}
            </ul>
        </li>
    }
}

/// The cells of the row a problem is in, the faulty ones marked.
#[component]
fn RowPanel(file: Arc<ImportSummary>) -> impl IntoView {
    let ui = use_ui();
    let state = use_editor();
    let t = move || ui.lang.get().editor_strings();
    let file2 = file.clone();
    move || {
        let number = state.shown_row.get()?;
        let table = file2.table.as_ref()?;
        let row = table.row(number)?.clone();
        let header = table.header.clone();
        let bad: Vec<usize> = file
            .problems
            .iter()
            .filter(|p| p.row == Some(number))
            .filter_map(|p| p.column.as_ref().and_then(|c| c.index))
            .collect();
        let place = file.problems.iter().find(|p| p.row == Some(number)).cloned();
        let cells = header.len().max(row.fields.len());
        Some(view! {
            <div class="row-panel" id="row-panel" tabindex="-1">
                <h3>{move || {
                    let lang = ui.lang.get();
                    let at = place.as_ref().map(|p| p.row_place(lang)).unwrap_or_else(|| row_words(lang, number));
                    fill(t().row_heading, &[&at])
                }}</h3>
                <table class="row-table">
                    <thead><tr>
                        <th scope="col">{move || t().cell_column}</th>
                        <th scope="col">{move || t().cell_value}</th>
                    </tr></thead>
                    <tbody>
                        {(0..cells).map(|i| {
                            let name = header.get(i).cloned().unwrap_or_default();
                            let value = row.fields.get(i).cloned().unwrap_or_default();
                            view! {
                                <tr class:is-bad=bad.contains(&i)>
                                    <th scope="row">{column_letter(i)} " " <span class="row-table__name">{name}</span></th>
                                    <td>{value}</td>
                                </tr>
                            }
                        }).collect_view()}
                    </tbody>
                </table>
            </div>
        })
    }
}

fn row_words(lang: Lang, number: usize) -> String {
    fill(lang.editor_strings().row, &[&number.to_string()])
}
