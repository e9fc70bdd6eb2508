//! `/atelier`: the facilitator's workshops, a new one, and this device.

use super::*;
use crate::forms::fields::{Field, FieldError};
use crate::forms::ui::{
    field_error, track_errors, ErrorSummary, GeneralErrors, Required, TextField,
};
use crate::i18n::{t, tr};
use crate::layout::staff::{StaffNotSignedIn, StaffOtherRole};
use leptos_meta::Title;

/// A listed workshop's theme (the list carries its French label) in the
/// page's language.
fn theme_text(label: &str) -> String {
    let code = THEMES
        .iter()
        .find(|(_, l)| *l == label)
        .map_or("", |(c, _)| *c);
    t(theme_key(code))
}

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
        <Title text=t("workshop-title")/>
        <section class="container account">
            <h1>{t("workshop-title")}</h1>
            <Suspense fallback=|| view! { <p>{t("forms-loading")}</p> }>
                {move || Suspend::new(async move {
                    match state.await {
                        Ok(WorkshopPage::Ready { facilitator, workshops }) => view! {
                            <p>{facilitator}</p>
                            <Workshops workshops device release end destroy/>
                            <NewWorkshop action=create/>
                        }.into_any(),
                        Ok(WorkshopPage::Refused(role)) => view! { <StaffOtherRole reserved=t("workshop-reserved") role/> }.into_any(),
                        Ok(WorkshopPage::NotSignedIn) => view! { <StaffNotSignedIn reserved=t("workshop-reserved")/> }.into_any(),
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
        return view! { <p>{t("workshop-none")}</p> }.into_any();
    }
    view! {
        <h2>{t("workshop-mine")}</h2>
        <GeneralErrors messages=general/>
        <ul class="workshops">
            {workshops.into_iter().map(|w| {
                let id = w.id.to_string();
                view! {
                    <li class="workshop" id=format!("atelier-{}", w.id)>
                        <h3>{format!("{} — {}", w.date, w.place)}</h3>
                        <p>{format!("{} · {}", w.association, theme_text(&w.theme))}</p>
                        <p>{tr("workshop-figures", &[("expected", i64::from(w.expected).into()), ("opened", w.opened.into())])}</p>
                        {if w.ended {
                            view! { <p>{t("workshop-ended")}</p> }.into_any()
                        } else if w.this_device {
                            view! {
                                <p class="notice notice--success" role="status">
                                    {t("workshop-device-in-use")}
                                </p>
                                <ActionForm action=release>
                                    <button type="submit" class="button button--secondary">{t("workshop-device-release")}</button>
                                </ActionForm>
                            }.into_any()
                        } else if w.today {
                            let id = id.clone();
                            view! {
                                <ActionForm action=device>
                                    <input type="hidden" name="id" value=id/>
                                    <button type="submit" class="button">{t("workshop-device-use")}</button>
                                </ActionForm>
                            }.into_any()
                        } else {
                            view! { <p>{t("workshop-not-today")}</p> }.into_any()
                        }}
                        {(w.today || w.practice_cards > 0).then(|| view! {
                            <p><a href=crate::paths::workshop_room_path(w.id) class="button">{t("workshop-room-link")}</a></p>
                        })}
                        <p><a href=crate::paths::workshop_report_path(w.id) rel="external" download>
                            {t("workshop-report-link")}
                        </a></p>
                        <Practice workshop=w.clone() destroy/>
                        {(!w.ended).then(|| view! {
                            <ActionForm action=end>
                                <input type="hidden" name="id" value=id.clone()/>
                                <button type="submit" class="button button--secondary">{t("workshop-end")}</button>
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
                <h4>{t("workshop-practice-heading")}</h4>
                <p>{tr(
                    "workshop-practice-figures",
                    &[("cards", w.practice_cards.into()), ("records", w.practice_records.into())],
                )}</p>
                <p><a href=crate::paths::practice_cards_path(w.id) rel="external" download>
                    {t("workshop-practice-print")}
                </a></p>
                <p class="field__hint">{tr("workshop-practice-hint", &[("path", practice::PATH.into())])}</p>
                <ActionForm action=destroy>
                    <input type="hidden" name="id" value=w.id.to_string()/>
                    <button type="submit" class="button button--secondary">{t("workshop-practice-destroy")}</button>
                </ActionForm>
            </div>
        }
        .into_any()
    } else if w.to_come {
        view! {
            <div class="workshop__practice">
                <h4>{t("workshop-practice-heading")}</h4>
                <form method="post" action=crate::paths::practice_people_path(w.id)>
                    <div class="field">
                        <label class="field__label" for=count_id.clone()>{t("workshop-practice-count")}</label>
                        <input class="field__input field__input--short" type="number" name="count" id=count_id
                            min="1" max="60" required value=w.expected.clamp(1, 60).to_string()/>
                    </div>
                    <button type="submit" class="button">{t("workshop-practice-prepare")}</button>
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
        <h2>{t("workshop-new-heading")}</h2>
        <ActionForm action attr:novalidate=true>
            <ErrorSummary errors/>
            <TextField field=Field::WorkshopDate name="form[held_on]" label=t("workshop-new-date") required=true
                value=text() errors input_type="date"/>
            <TextField field=Field::WorkshopPlace name="form[place]" label=t("workshop-new-place") required=true
                hint=t("workshop-new-place-hint") value=text() errors maxlength=200/>
            <TextField field=Field::WorkshopAssociation name="form[association]" label=t("workshop-new-association") required=true
                hint=t("workshop-new-association-hint") value=text() errors maxlength=200/>
            <fieldset class="field" id="theme">
                <legend class="field__label">{t("workshop-new-theme")}<Required/></legend>
                {field_error(errors, Field::WorkshopTheme)}
                {THEMES.iter().map(|(code, _)| view! {
                    <label class="choice"><input type="radio" name="form[theme]" value=*code/><span class="choice__label">{t(theme_key(code))}</span></label>
                }).collect_view()}
            </fieldset>
            <TextField field=Field::WorkshopExpected name="form[expected]" label=t("workshop-new-expected") required=true
                value=text() errors inputmode="numeric" maxlength=3/>
            <GeneralErrors messages=general/>
            <div class="actions">
                <button type="submit" class="button button--large">{t("workshop-new-submit")}</button>
            </div>
        </ActionForm>
    }
}
