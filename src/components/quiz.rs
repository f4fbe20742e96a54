use leptos::prelude::*;

use crate::content::QuizItem;
use crate::lang::Lang;
use crate::nav::use_lang;

/// Counts answered and right answers. Pure, so it is tested natively.
pub fn score(items: &[QuizItem], answers: &[Option<bool>]) -> (usize, usize) {
    let answered = answers.iter().flatten().count();
    let right = items
        .iter()
        .zip(answers)
        .filter(|(item, answer)| **answer == Some(item.is_fact))
        .count();
    (answered, right)
}

/// The words under the quiz, e.g. "You answered 3 of 7. 2 were right."
pub fn score_text(
    answered: usize,
    right: usize,
    total: usize,
    lang: Lang,
) -> String {
    match lang {
        Lang::En if answered == 0 => {
            format!("{total} questions. Choose myth or fact for each one.")
        }
        Lang::En if answered < total => {
            format!("You answered {answered} of {total}. {right} right so far.")
        }
        Lang::En => {
            format!(
                "All done: {right} of {total} right. Well done for checking."
            )
        }
        Lang::Es if answered == 0 => {
            format!("{total} preguntas. Elija mito o dato en cada una.")
        }
        Lang::Es if answered < total => format!(
            "Respondió {answered} de {total}. Lleva {right} bien por ahora."
        ),
        Lang::Es => format!(
            "Terminó: {right} de {total} bien. Qué bueno que lo revisó."
        ),
    }
}

/// A myth-or-fact quiz with immediate, kind feedback on every answer.
#[component]
pub fn Quiz(items: &'static [QuizItem]) -> impl IntoView {
    let lang = use_lang();
    let answers = RwSignal::new(vec![None::<bool>; items.len()]);
    let choose = move |i: usize, value: bool| {
        answers.update(|a| {
            if let Some(slot) = a.get_mut(i) {
                *slot = Some(value);
            }
        });
    };
    let questions = items
        .iter()
        .enumerate()
        .map(|(i, item)| {
            let answer = move || answers.with(|a| a.get(i).copied().flatten());
            let button = move |value: bool| {
                let (label, id) = if value {
                    (lang.pick("Fact", "Dato"), "fact")
                } else {
                    (lang.pick("Myth", "Mito"), "myth")
                };
                view! {
                    <button
                        type="button"
                        class="quiz-choice"
                        aria-pressed=move || (answer() == Some(value)).to_string()
                        data-testid=format!("quiz-{i}-{id}")
                        on:click=move |_| choose(i, value)
                    >
                        {label}
                    </button>
                }
            };
            view! {
                <li class="quiz-item" data-testid=format!("quiz-{i}")>
                    <p class="quiz-statement" id=format!("quiz-{i}-statement")>
                        {item.statement}
                    </p>
                    <div
                        class="quiz-choices"
                        role="group"
                        aria-labelledby=format!("quiz-{i}-statement")
                    >
                        {button(false)}
                        {button(true)}
                    </div>
                    <p class="quiz-feedback" aria-live="polite"
                        data-testid=format!("quiz-{i}-feedback")>
                        {move || answer().map(|a| {
                            let right = a == item.is_fact;
                            let verdict = match (right, item.is_fact) {
                                (true, _) => lang.pick(
                                    "Yes, you are right.",
                                    "Sí, tiene razón.",
                                ),
                                (false, true) => lang.pick(
                                    "In fact, this one is true.",
                                    "En realidad, esto es cierto.",
                                ),
                                (false, false) => lang.pick(
                                    "Not quite: this one is a myth.",
                                    "No exactamente: esto es un mito.",
                                ),
                            };
                            view! {
                                <span class=if right { "right" } else { "wrong" }>
                                    {verdict}
                                </span>
                                " " {item.explanation}
                            }
                        })}
                    </p>
                </li>
            }
        })
        .collect_view();
    view! {
        <section class="quiz" aria-labelledby="quiz-heading">
            <h2 id="quiz-heading">{lang.pick("Myth or fact?", "¿Mito o dato?")}</h2>
            <ol class="quiz-list">{questions}</ol>
            <p class="quiz-score" aria-live="polite" data-testid="quiz-score">
                {move || answers.with(|a| {
                    let (answered, right) = score(items, a);
                    score_text(answered, right, items.len(), lang)
                })}
            </p>
            <button
                type="button"
                class="button button-secondary"
                data-testid="quiz-reset"
                on:click=move |_| answers.set(vec![None; items.len()])
            >
                {lang.pick("Start again", "Empezar de nuevo")}
            </button>
        </section>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const ITEMS: [QuizItem; 3] = [
        QuizItem {
            statement: "a",
            is_fact: true,
            explanation: "",
        },
        QuizItem {
            statement: "b",
            is_fact: false,
            explanation: "",
        },
        QuizItem {
            statement: "c",
            is_fact: true,
            explanation: "",
        },
    ];

    #[test]
    fn counts_answered_and_right() {
        assert_eq!(score(&ITEMS, &[None, None, None]), (0, 0));
        assert_eq!(score(&ITEMS, &[Some(true), None, None]), (1, 1));
        assert_eq!(score(&ITEMS, &[Some(false), Some(false), None]), (2, 1));
        assert_eq!(
            score(&ITEMS, &[Some(true), Some(false), Some(true)]),
            (3, 3)
        );
    }

    #[test]
    fn score_words_follow_progress() {
        assert!(score_text(0, 0, 7, Lang::En).starts_with("7 questions"));
        assert_eq!(
            score_text(3, 2, 7, Lang::En),
            "You answered 3 of 7. 2 right so far."
        );
        assert!(score_text(7, 5, 7, Lang::En).contains("5 of 7 right"));
        assert!(score_text(0, 0, 7, Lang::Es).starts_with("7 preguntas"));
        assert_eq!(
            score_text(3, 2, 7, Lang::Es),
            "Respondió 3 de 7. Lleva 2 bien por ahora."
        );
        assert!(score_text(7, 5, 7, Lang::Es).contains("5 de 7 bien"));
    }
}
