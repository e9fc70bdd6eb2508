//! `/guichet`: the console's page.

use super::*;
use crate::forms::ui::{track_errors, ErrorSummary, GeneralErrors, TextField};
use crate::paths::{STAFF_HOME_PATH, STAFF_SIGN_IN_PATH};
use leptos_meta::Title;
use leptos_router::components::A;

#[component]
pub fn DeskPageView() -> impl IntoView {
    let next = ServerAction::<DeskNext>::new();
    let state = Resource::new(move || next.version().get(), |_| load_desk());
    view! {
        <Title text="Console d'accueil"/>
        <section class="container account">
            <h1>"Console d'accueil"</h1>
            <Suspense fallback=|| view! { <p>"Chargement…"</p> }>
                {move || Suspend::new(async move {
                    match state.await {
                        Ok(DeskPage::Ready { agent, place, person }) => view! {
                            <p>{match place {
                                Some(p) => format!("{agent} — {p}"),
                                None => agent,
                            }}</p>
                            {match person {
                                Some(p) => view! { <Served person=p next/> }.into_any(),
                                None => view! { <IdentifyForm/> }.into_any(),
                            }}
                        }.into_any(),
                        Ok(DeskPage::Refused(role)) => view! {
                            <div class="notice notice--error" role="alert">
                                <p>"Cette console est réservée aux agents d'accueil. Vous êtes connecté en tant que : " {role} "."</p>
                                <p><A href=STAFF_HOME_PATH>"Retour à mon espace"</A></p>
                            </div>
                        }.into_any(),
                        Ok(DeskPage::NotSignedIn) => view! {
                            <div class="notice" role="status">
                                <p>"Cette console est réservée aux agents d'accueil de l'Assurance Maladie."</p>
                                <p><A href=STAFF_SIGN_IN_PATH attr:class="button">"Me connecter à l'espace du personnel"</A></p>
                            </div>
                        }.into_any(),
                        Err(e) => view! {
                            <div class="notice notice--error" role="alert"><p>{e.general()}</p></div>
                        }.into_any(),
                    }
                })}
            </Suspense>
        </section>
    }
}

#[component]
fn IdentifyForm() -> impl IntoView {
    let action = ServerAction::<DeskIdentify>::new();
    let errors = RwSignal::new(Vec::<FieldError>::new());
    let general = RwSignal::new(Vec::new());
    track_errors(
        action.value(),
        &[Field::Nir, Field::CardType, Field::Serial, Field::Presence],
        errors,
        general,
    );
    let (nir, serial) = (RwSignal::new(String::new()), RwSignal::new(String::new()));
    view! {
        <h2>"Identifier la personne"</h2>
        <p>"Avec la carte Vitale que la personne vous présente : pas de code de création au guichet."</p>
        <ActionForm action attr:novalidate=true attr:autocomplete="off">
            <ErrorSummary errors/>
            <TextField field=Field::Nir name="form[nir]" label="Numéro de sécurité sociale" required=true
                hint="Les 15 caractères inscrits sur la carte, clé comprise."
                value=nir errors inputmode="numeric" maxlength=25/>
            <fieldset class="field" id="card_type">
                <legend class="field__label">"Type de carte Vitale"<span class="field__required">" (obligatoire)"</span></legend>
                {crate::forms::ui::field_error(errors, Field::CardType)}
                <label class="choice"><input type="radio" name="form[card_type]" value="avec_photo"/><span class="choice__label">"Carte Vitale avec photo"</span></label>
                <label class="choice"><input type="radio" name="form[card_type]" value="sans_photo"/><span class="choice__label">"Carte Vitale sans photo"</span></label>
            </fieldset>
            <TextField field=Field::Serial name="form[serial]" label="Numéro de série de la carte Vitale" required=true
                value=serial errors inputmode="numeric" maxlength=20/>
            <div class="field" id="presence">
                {crate::forms::ui::field_error(errors, Field::Presence)}
                <label class="choice">
                    <input type="checkbox" name="form[presence]" value="on"/>
                    <span class="choice__label">"La personne (ou son représentant légal) est devant moi avec sa carte Vitale."</span>
                </label>
            </div>
            <GeneralErrors messages=general/>
            <div class="actions">
                <button type="submit" class="button button--large">"Identifier la personne"</button>
            </div>
        </ActionForm>
    }
}

#[component]
fn Served(person: Person, next: ServerAction<DeskNext>) -> impl IntoView {
    view! {
        <h2>"Personne identifiée"</h2>
        <dl class="summary">
            <dt>"Nom"</dt><dd>{person.name}</dd>
            <dt>"Date de naissance"</dt><dd>{person.birth_date}</dd>
            <dt>"Numéro de sécurité sociale"</dt><dd>{person.nir}</dd>
            <dt>"DMP"</dt><dd>{person.record}</dd>
        </dl>
        <ActionForm action=next>
            <button type="submit" class="button button--secondary">"Personne suivante"</button>
        </ActionForm>
    }
}
