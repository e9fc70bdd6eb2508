//! `/atelier`: the facilitator's workshops, a new one, and this device.

use super::*;
use crate::forms::fields::{Field, FieldError};
use crate::forms::ui::{field_error, track_errors, ErrorSummary, GeneralErrors, TextField};
use crate::layout::staff::{StaffNotSignedIn, StaffOtherRole};

/// Whom the facilitators' pages are for.
pub(super) const RESERVED: &str =
    "Cet espace est réservé aux animateurs d'ateliers DMP des associations.";
use leptos_meta::Title;

#[component]
pub fn WorkshopPageView() -> impl IntoView {
    let create = ServerAction::<CreateWorkshop>::new();
    let device = ServerAction::<UseDevice>::new();
    let release = ServerAction::<ReleaseDevice>::new();
    let end = ServerAction::<EndWorkshop>::new();
    let destroy = ServerAction::<DestroyPractice>::new();
    let state = Resource::new(
        move || {
            (
                create.version().get(),
                device.version().get(),
                release.version().get(),
                end.version().get(),
                destroy.version().get(),
            )
        },
        |_| load_workshops(),
    );
    view! {
        <Title text="Ateliers DMP"/>
        <section class="container account">
            <h1>"Ateliers DMP"</h1>
            <Suspense fallback=|| view! { <p>{crate::i18n::t("forms-loading")}</p> }>
                {move || Suspend::new(async move {
                    match state.await {
                        Ok(WorkshopPage::Ready { facilitator, workshops }) => view! {
                            <p>{facilitator}</p>
                            <Workshops workshops device release end destroy/>
                            <NewWorkshop action=create/>
                        }.into_any(),
                        Ok(WorkshopPage::Refused(role)) => view! { <StaffOtherRole reserved=RESERVED role/> }.into_any(),
                        Ok(WorkshopPage::NotSignedIn) => view! { <StaffNotSignedIn reserved=RESERVED/> }.into_any(),
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
fn Workshops(
    workshops: Vec<Listed>,
    device: ServerAction<UseDevice>,
    release: ServerAction<ReleaseDevice>,
    end: ServerAction<EndWorkshop>,
    destroy: ServerAction<DestroyPractice>,
) -> impl IntoView {
    let errors = RwSignal::new(Vec::<FieldError>::new());
    let general = RwSignal::new(Vec::new());
    track_errors(device.value(), &[], errors, general);
    if workshops.is_empty() {
        return view! { <p>"Vous n'avez pas encore d'atelier."</p> }.into_any();
    }
    view! {
        <h2>"Mes ateliers"</h2>
        <GeneralErrors messages=general/>
        <ul class="workshops">
            {workshops.into_iter().map(|w| {
                let id = w.id.to_string();
                view! {
                    <li class="workshop" id=format!("atelier-{}", w.id)>
                        <h3>{format!("{} — {}", w.date, w.place)}</h3>
                        <p>{format!("{} · {}", w.association, w.theme)}</p>
                        <p>{format!("{} participants attendus · {} DMP ouverts pendant l'atelier", w.expected, w.opened)}</p>
                        {if w.ended {
                            view! { <p>"Atelier terminé."</p> }.into_any()
                        } else if w.this_device {
                            view! {
                                <p class="notice notice--success" role="status">
                                    "Cet appareil est utilisé pour cet atelier : les DMP créés ici aujourd'hui lui sont rattachés."
                                </p>
                                <ActionForm action=release>
                                    <button type="submit" class="button button--secondary">"Ne plus utiliser cet appareil pour l'atelier"</button>
                                </ActionForm>
                            }.into_any()
                        } else if w.today {
                            let id = id.clone();
                            view! {
                                <ActionForm action=device>
                                    <input type="hidden" name="id" value=id/>
                                    <button type="submit" class="button">"Utiliser cet appareil pour cet atelier"</button>
                                </ActionForm>
                            }.into_any()
                        } else {
                            view! { <p>"Cet atelier n'a pas lieu aujourd'hui."</p> }.into_any()
                        }}
                        {(w.today || w.practice_cards > 0).then(|| view! {
                            <p><a href=crate::paths::workshop_room_path(w.id) class="button">"Voir la salle en direct"</a></p>
                        })}
                        <p><a href=crate::paths::workshop_report_path(w.id) rel="external" download>
                            "Télécharger le bilan de l'atelier (PDF)"
                        </a></p>
                        <Practice workshop=w.clone() destroy/>
                        {(!w.ended).then(|| view! {
                            <ActionForm action=end>
                                <input type="hidden" name="id" value=id.clone()/>
                                <button type="submit" class="button button--secondary">"Terminer l'atelier"</button>
                            </ActionForm>
                        })}
                    </li>
                }
            }).collect_view()}
        </ul>
    }
    .into_any()
}

/// A workshop's practice: its cards made (how many to print), or the form
/// that makes them; the button that destroys them.
#[component]
fn Practice(workshop: Listed, destroy: ServerAction<DestroyPractice>) -> impl IntoView {
    let w = workshop;
    let count_id = format!("cartes-{}", w.id);
    if w.practice_cards > 0 {
        view! {
            <div class="workshop__practice">
                <h4>"Entraînement avec des personnes fictives"</h4>
                <p>{format!(
                    "{} cartes d'entraînement · {} DMP d'entraînement ouverts avec elles",
                    w.practice_cards, w.practice_records
                )}</p>
                <p><a href=crate::paths::practice_cards_path(w.id) rel="external" download>
                    "Imprimer les cartes d'entraînement (PDF)"
                </a></p>
                <p class="field__hint">{format!(
                    "Chaque participant saisit le code de sa carte sur la page {} : ses codes de connexion s'y affichent, rien n'est envoyé.",
                    practice::PATH
                )}</p>
                <ActionForm action=destroy>
                    <input type="hidden" name="id" value=w.id.to_string()/>
                    <button type="submit" class="button button--secondary">"Détruire les personnes d'entraînement"</button>
                </ActionForm>
            </div>
        }
        .into_any()
    } else if w.to_come {
        view! {
            <div class="workshop__practice">
                <h4>"Entraînement avec des personnes fictives"</h4>
                <form method="post" action=crate::paths::practice_people_path(w.id)>
                    <div class="field">
                        <label class="field__label" for=count_id.clone()>"Nombre de cartes d'entraînement (1 à 60)"</label>
                        <input class="field__input field__input--short" type="number" name="count" id=count_id
                            min="1" max="60" required value=w.expected.clamp(1, 60).to_string()/>
                    </div>
                    <button type="submit" class="button">"Préparer l'entraînement"</button>
                </form>
            </div>
        }
        .into_any()
    } else {
        ().into_any()
    }
}

#[component]
fn NewWorkshop(action: ServerAction<CreateWorkshop>) -> impl IntoView {
    let errors = RwSignal::new(Vec::<FieldError>::new());
    let general = RwSignal::new(Vec::new());
    track_errors(
        action.value(),
        &[
            Field::WorkshopDate,
            Field::WorkshopPlace,
            Field::WorkshopAssociation,
            Field::WorkshopTheme,
            Field::WorkshopExpected,
        ],
        errors,
        general,
    );
    let text = || RwSignal::new(String::new());
    view! {
        <h2>"Créer un atelier"</h2>
        <ActionForm action attr:novalidate=true>
            <ErrorSummary errors/>
            <TextField field=Field::WorkshopDate name="form[held_on]" label="Date" required=true
                value=text() errors input_type="date"/>
            <TextField field=Field::WorkshopPlace name="form[place]" label="Lieu" required=true
                hint="Par exemple : Salle des fêtes, Plouha" value=text() errors maxlength=200/>
            <TextField field=Field::WorkshopAssociation name="form[association]" label="Association" required=true
                hint="Par exemple : Générations Mouvement des Côtes-d'Armor" value=text() errors maxlength=200/>
            <fieldset class="field" id="theme">
                <legend class="field__label">"Thème"<span class="field__required">" (obligatoire)"</span></legend>
                {field_error(errors, Field::WorkshopTheme)}
                {THEMES.iter().map(|(code, label)| view! {
                    <label class="choice"><input type="radio" name="form[theme]" value=*code/><span class="choice__label">{*label}</span></label>
                }).collect_view()}
            </fieldset>
            <TextField field=Field::WorkshopExpected name="form[expected]" label="Participants attendus" required=true
                value=text() errors inputmode="numeric" maxlength=3/>
            <GeneralErrors messages=general/>
            <div class="actions">
                <button type="submit" class="button button--large">"Créer l'atelier"</button>
            </div>
        </ActionForm>
    }
}
