//! Reception-desk kiosks: the creation flow on a device shared by many
//! people. An agent switches a device to kiosk mode once (the `/borne`
//! page sets a long-lived cookie on that device); from then on the creation
//! pages use larger text, refuse browser autofill, and wipe themselves
//! after a period without activity. Kiosk mode only adds restrictions, so
//! a patient who turns it on at home harms nobody.

use crate::error::PortalError;
use leptos::prelude::*;
use leptos_meta::Title;

pub use crate::paths::KIOSK_PATH;

#[server(endpoint = "borne/etat")]
pub async fn kiosk_status() -> Result<bool, PortalError> {
    let parts = use_context::<axum::http::request::Parts>()
        .ok_or_else(|| crate::http::fault("no request"))?;
    Ok(crate::http::is_kiosk(&parts))
}

/// `on` is « 1 » to switch kiosk mode on, anything else to switch it off.
#[server(endpoint = "borne/mode")]
pub async fn set_kiosk(on: String) -> Result<(), PortalError> {
    use crate::http::KIOSK_COOKIE;
    use crate::services::Services;
    let services = use_context::<Services>().ok_or_else(|| crate::http::fault("no services"))?;
    // A year: the device stays a kiosk until an agent says otherwise.
    let value = (on == "1").then_some("1");
    crate::http::set_cookie(&crate::http::cookie(
        KIOSK_COOKIE,
        value,
        Some(31_536_000),
        services.secure_cookies(),
    ));
    leptos_axum::redirect(if on == "1" {
        crate::paths::STEP1_PATH
    } else {
        KIOSK_PATH
    });
    Ok(())
}

#[component]
pub fn KioskPage() -> impl IntoView {
    let status = Resource::new(|| (), |_| kiosk_status());
    let set = ServerAction::<SetKiosk>::new();
    view! {
        <Title text="Mode borne d'accueil"/>
        <section class="container">
            <h1>"Mode borne d'accueil"</h1>
            <p>
                "Réservé aux agents d'accueil : sur un appareil partagé, le mode borne agrandit le texte, "
                "désactive le remplissage automatique du navigateur et efface tout ce qui a été saisi "
                "après une période sans activité ou quand la personne a terminé."
            </p>
            <Suspense fallback=|| view! { <p>"Chargement…"</p> }>
                {move || Suspend::new(async move {
                    let on = status.await.unwrap_or(false);
                    view! {
                        <p role="status">
                            {if on { "Cet appareil est en mode borne." } else { "Cet appareil n'est pas en mode borne." }}
                        </p>
                        {on.then(|| view! {
                            <p>
                                "Accueil assisté : un agent qui se connecte sur cette borne y ouvre la console "
                                "d'accueil, qui se ferme seule après un temps sans activité. "
                                <a href=crate::paths::STAFF_SIGN_IN_PATH>"Me connecter comme agent d'accueil"</a>
                            </p>
                        })}
                        <ActionForm action=set>
                            <input type="hidden" name="on" value=if on { "0" } else { "1" }/>
                            <button type="submit" class="button button--large">
                                {if on { "Désactiver le mode borne" } else { "Activer le mode borne sur cet appareil" }}
                            </button>
                        </ActionForm>
                    }
                })}
            </Suspense>
        </section>
    }
}

pub use crate::layout::idle::IdleGuard;
