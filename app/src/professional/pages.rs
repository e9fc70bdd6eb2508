//! « Espace professionnel de santé »: card sign-in.

use super::*;
use crate::forms::fields::FieldError;
use crate::forms::ui::{track_errors, ErrorSummary, GeneralErrors};
use leptos_meta::Title;

#[component]
pub fn ProfessionalPage() -> impl IntoView {
    let home = Resource::new(|| (), |_| load_professional_home());
    view! {
        <Title text="Espace professionnel de santé"/>
        <section class="container professional">
            <h1>"Espace professionnel de santé"</h1>
            <Suspense fallback=|| view! { <p>"Chargement…"</p> }>
                {move || Suspend::new(async move {
                    match home.await {
                        Ok(h) => match h.signed_in.clone() {
                            Some(label) => view! { <SignedIn label/> }.into_any(),
                            None => view! { <CardSignIn home=h/> }.into_any(),
                        },
                        Err(e) => view! {
                            <div class="notice notice--error" role="alert"><p>{crate::forms::ui::server_message(&e)}</p></div>
                        }.into_any(),
                    }
                })}
            </Suspense>
        </section>
    }
}

#[component]
fn SignedIn(label: String) -> impl IntoView {
    let action = ServerAction::<ProfessionalSignOut>::new();
    view! {
        <div class="notice" role="status">
            <p>"Connecté avec la carte de : "<strong>{label}</strong></p>
        </div>
        <p>
            "La recherche d'un patient, la consultation et l'alimentation de son DMP arrivent dans la "
            "prochaine version de l'espace professionnel."
        </p>
        <ActionForm action attr:class="sign-out">
            <button type="submit" class="button button--secondary">"Retirer ma carte (déconnexion)"</button>
        </ActionForm>
    }
}

#[component]
fn CardSignIn(home: ProfessionalHome) -> impl IntoView {
    let action = ServerAction::<ProfessionalSignIn>::new();
    let errors = RwSignal::new(Vec::<FieldError>::new());
    let general = RwSignal::new(Vec::new());
    track_errors(action.value(), FIELDS, errors, general);
    let error = move |field: Field| {
        move || {
            crate::forms::fields::error_for(&errors.get(), field).map(|m| {
                view! { <p class="field__error" id=format!("{}-erreur", field.id())>{m}</p> }
            })
        }
    };
    view! {
        <p>
            "Connectez-vous avec votre carte de professionnel de santé (CPS). "
            {if home.demo {
                "Dans cette démonstration, choisissez une carte de test : toutes ont le code PIN 1234. "
            } else {
                ""
            }}
            "Trois codes PIN erronés bloquent la carte."
        </p>
        <ActionForm action attr:novalidate=true attr:autocomplete="off">
            <ErrorSummary errors/>
            <GeneralErrors messages=general/>
            <div class="field">
                <label class="field__label" for=Field::Card.id()>"Carte"</label>
                {error(Field::Card)}
                <select class="field__input" id=Field::Card.id() name="card">
                    {home.cards.into_iter().map(|c| {
                        let text = if c.blocked { format!("{} (bloquée)", c.label) } else { c.label };
                        view! { <option value=c.number>{text}</option> }
                    }).collect_view()}
                </select>
            </div>
            <div class="field">
                <label class="field__label" for=Field::Pin.id()>"Code PIN"</label>
                {error(Field::Pin)}
                <input class="field__input field__input--short" id=Field::Pin.id() name="pin" type="password"
                    inputmode="numeric" maxlength="8" autocomplete="off"/>
            </div>
            <div class="actions">
                <button type="submit" class="button button--large">"Valider le code PIN"</button>
            </div>
        </ActionForm>
    }
}
