use leptos::prelude::*;

use crate::diary_store::{DiaryStore, Persistence, paused_message};
use crate::lang::Lang;
use crate::nav::use_lang;
use crate::routes::{View, diary_path};
use crate::storage::StoreError;

/// What the page says about saving, in a language: nothing while
/// everything is saved.
pub fn problem_text(persistence: &Persistence, lang: Lang) -> Option<String> {
    match persistence {
        Persistence::Saved => None,
        Persistence::Unavailable => Some(
            lang.pick(
                "This browser is not letting the app save anything, so your \
entries will be lost when you close this page. This can happen in private \
browsing. You can still use the app, and export your data from My data.",
                "Este navegador no deja que la aplicación guarde nada. Lo que \
anote se perderá al cerrar esta página. Esto puede pasar en la navegación \
privada. Aún puede usar la aplicación y exportar sus datos desde Mis datos.",
            )
            .to_string(),
        ),
        Persistence::Failed(error) => Some(error.message_in(lang)),
        Persistence::ReadOnly(StoreError::QuotaExceeded) => Some(
            lang.pick(
                "Your phone's storage for this app is full, so changes cannot \
be saved right now. Everything shown here is saved. Export a backup from My \
data, then free some space.",
                "El espacio de su teléfono para esta aplicación está lleno. \
Por ahora no se pueden guardar cambios. Todo lo que ve aquí está guardado. \
Exporte una copia de seguridad desde Mis datos y luego libere espacio.",
            )
            .to_string(),
        ),
        Persistence::ReadOnly(_) => Some(
            lang.pick(
                "This browser lets the app read your diary but not save \
changes. Everything shown here is saved. Export a backup from My data.",
                "Este navegador deja que la aplicación lea su diario, pero no \
que guarde cambios. Todo lo que ve aquí está guardado. Exporte una copia de \
seguridad desde Mis datos.",
            )
            .to_string(),
        ),
        Persistence::Held => Some(paused_message(lang).to_string()),
    }
}

/// Says plainly whether entries are being kept, and tells the user when
/// stored data could not be read (and where the copy is).
#[component]
pub fn SaveStatus() -> impl IntoView {
    let lang = use_lang();
    let store = DiaryStore::get();
    let problem = move || store.persistence.with(|p| problem_text(p, lang));
    let unreadable = move || {
        store.unreadable.get().map(|u| {
            view! {
                <p>
                    {lang.pick(
                        "Some saved diary data could not be read. ",
                        "Algunos datos guardados del diario no se pudieron leer. ",
                    )}
                    {u.reason}
                    {lang.pick(
                        " The app has started a fresh diary. ",
                        " La aplicación empezó un diario nuevo. ",
                    )}
                    {u.kept_as.is_some().then_some(lang.pick(
                        "A copy of the old data is kept on this phone. ",
                        "Hay una copia de los datos viejos en este teléfono. ",
                    ))}
                    <a href=diary_path(View::MyData, lang)>
                        {lang.pick("Download the old data", "Descargar los datos viejos")}
                    </a>
                </p>
            }
        })
    };
    view! {
        <div class="save-status" role="status" data-testid="save-status">
            {move || problem().map(|text| view! {
                <p class="save-problem">{text}</p>
            })}
            {unreadable}
        </div>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn saving_problems_are_said_in_the_page_language() {
        assert_eq!(problem_text(&Persistence::Saved, Lang::Es), None);
        let held = problem_text(&Persistence::Held, Lang::En);
        assert_eq!(
            held.as_deref(),
            Some(
                "Saving is paused to protect data the app could not read. \
                 Download it from My data first."
            )
        );
        assert_eq!(
            problem_text(&Persistence::Unavailable, Lang::En).as_deref(),
            Some(
                "This browser is not letting the app save anything, so your \
                 entries will be lost when you close this page. This can \
                 happen in private browsing. You can still use the app, and \
                 export your data from My data."
            )
        );
        assert_eq!(
            problem_text(
                &Persistence::ReadOnly(StoreError::QuotaExceeded),
                Lang::En
            )
            .as_deref(),
            Some(
                "Your phone's storage for this app is full, so changes \
                 cannot be saved right now. Everything shown here is saved. \
                 Export a backup from My data, then free some space."
            )
        );
        assert_eq!(
            problem_text(
                &Persistence::ReadOnly(StoreError::Unavailable),
                Lang::En
            )
            .as_deref(),
            Some(
                "This browser lets the app read your diary but not save \
                 changes. Everything shown here is saved. Export a backup \
                 from My data."
            )
        );
        let failed = Persistence::Failed(StoreError::QuotaExceeded);
        assert_eq!(
            problem_text(&failed, Lang::En),
            Some(StoreError::QuotaExceeded.message())
        );
        assert_eq!(
            problem_text(&failed, Lang::Es),
            Some(StoreError::QuotaExceeded.message_in(Lang::Es))
        );
        let spanish = [
            Persistence::Unavailable,
            Persistence::ReadOnly(StoreError::QuotaExceeded),
            Persistence::ReadOnly(StoreError::Failed("x".into())),
            Persistence::Held,
        ]
        .map(|p| problem_text(&p, Lang::Es).unwrap_or_default());
        assert!(spanish[0].starts_with("Este navegador no deja"));
        assert!(spanish[1].contains("está lleno"));
        assert!(spanish[2].contains("no que guarde cambios"));
        assert!(spanish[3].starts_with("Se pausó el guardado"));
        for text in spanish {
            assert!(text.contains("Mis datos"), "{text}");
            assert!(!text.contains("My data"), "{text}");
        }
    }
}
