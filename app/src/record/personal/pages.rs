//! The summary of the Espace personnel's information and one page per
//! subject, each a plain form (JavaScript adds instant checks).

use super::*;
use crate::error::PortalError;
use crate::forms::ui::{track_errors, ErrorSummary, GeneralErrors, TextArea, TextField};
use crate::i18n::{t, tr};
use crate::record::RecordNav;
use leptos::server_fn::ServerFn;
use leptos_meta::Title;
use leptos_router::components::A;
use leptos_router::hooks::{use_params_map, use_query_map};

/// Loads the information once for a page; `Ok(None)`: nobody signed in.
fn with_space(
    render: impl Fn(PersonalSpace) -> AnyView + Send + Sync + Clone + 'static,
) -> impl IntoView {
    let query = use_query_map();
    let data = Resource::new(
        move || query.with(|q| q.get("fait").unwrap_or_default()),
        |_| load_personal_space(),
    );
    crate::record::when_signed_in(data, render)
}

fn or_missing(text: &str) -> String {
    if text.trim().is_empty() {
        t("personal-missing")
    } else {
        text.to_string()
    }
}

#[component]
pub fn PersonalSummaryPage() -> impl IntoView {
    let query = use_query_map();
    let done = move || {
        query
            .with(|q| q.get("fait"))
            .and_then(|c| done_message(&c))
            .map(t)
    };
    view! {
        <Title text=t("personal-title")/>
        <section class="container record">
            <RecordNav/>
            <h1>{t("personal-title")}</h1>
            {move || done().map(|m| view! {
                <div class="notice notice--success" role="status"><p>{m}</p></div>
            })}
            <p>{t("personal-intro")}</p>
            {with_space(|s| view! { <Summary s/> }.into_any())}
        </section>
    }
}

#[component]
fn Summary(s: PersonalSpace) -> impl IntoView {
    let edit = |segment: &'static str, label: String| {
        view! { <p><A href=subject_path(segment) attr:class="button button--secondary">{label}</A></p> }
    };
    let n = s.notes;
    let c = s.coordinates;
    let address = if c.address.is_empty() && c.town.is_empty() {
        t("personal-missing-address")
    } else {
        format!("{} {} {}", c.address, c.postal_code, c.town)
            .trim()
            .to_string()
    };
    let organ = ORGAN_CHOICES
        .iter()
        .find(|(code, _)| *code == s.organ_donation)
        .map(|(_, key)| t(key))
        .unwrap_or_default();
    let trusted = s.trusted.clone();
    view! {
        <section class="personal-section" aria-labelledby="notes-titre">
            <h2 id="notes-titre">{t("personal-subject-notes")}</h2>
            <p class="field__hint">
                {t("personal-notes-where")}" "
                <A href=crate::record::documents::space_path("personnel")>{t("personal-notes-where-link")}</A>"."
            </p>
            <dl class="identity__list">
                <dt>{t("personal-allergies")}</dt><dd class="multiline">{or_missing(&n.allergies)}</dd>
                <dt>{t("personal-history")}</dt><dd class="multiline">{or_missing(&n.history)}</dd>
                <dt>{t("personal-operations")}</dt><dd class="multiline">{or_missing(&n.operations)}</dd>
                <dt>{t("personal-blood-group")}</dt><dd>{or_missing(&n.blood_group)}</dd>
                <dt>{t("personal-free-note")}</dt><dd class="multiline">{or_missing(&n.free_note)}</dd>
            </dl>
            {edit("notes", t("personal-edit-notes"))}
        </section>
        <section class="personal-section" aria-labelledby="coordonnees-titre">
            <h2 id="coordonnees-titre">{t("personal-subject-coordinates")}</h2>
            <dl class="identity__list">
                <dt>{t("personal-postal-address")}</dt><dd>{address}</dd>
                <dt>{t("personal-phone")}</dt><dd>{or_missing(&c.phone)}</dd>
            </dl>
            {edit("coordonnees", t("personal-edit-coordinates"))}
        </section>
        <section class="personal-section" aria-labelledby="prevenir-titre">
            <h2 id="prevenir-titre">{t("personal-subject-contacts")}</h2>
            {if s.contacts.is_empty() {
                view! { <p>{t("personal-no-contacts")}</p> }.into_any()
            } else {
                view! { <People contacts=s.contacts.clone() removable=false/> }.into_any()
            }}
            {edit("personnes-a-prevenir", t("personal-edit-contacts"))}
        </section>
        <section class="personal-section" aria-labelledby="confiance-titre">
            <h2 id="confiance-titre">{t("personal-subject-trusted")}</h2>
            {match trusted {
                Some(p) => view! { <p>{describe(&p)}</p> }.into_any(),
                None => view! { <p>{t("personal-no-trusted")}</p> }.into_any(),
            }}
            {edit("personne-de-confiance", t("personal-edit-trusted"))}
        </section>
        <section class="personal-section" aria-labelledby="directives-titre">
            <h2 id="directives-titre">{t("personal-subject-directives")}</h2>
            {match s.directives.clone() {
                Some(d) => view! {
                    <p>{tr("personal-directives-written", &[("date", d.date.into())])}" "
                        <A href=crate::record::documents::document_path(d.document_id)>{t("personal-directives-read")}</A>
                    </p>
                }.into_any(),
                None => view! { <p>{t("personal-no-directives")}</p> }.into_any(),
            }}
            {edit("directives-anticipees", t("personal-edit-directives"))}
        </section>
        <section class="personal-section" aria-labelledby="don-titre">
            <h2 id="don-titre">{t("personal-subject-organ")}</h2>
            <p>{organ}</p>
            {edit("don-d-organes", t("personal-edit-organ"))}
        </section>
    }
}

fn describe(p: &Person) -> String {
    let relation = if p.relation.is_empty() {
        String::new()
    } else {
        format!(" ({})", p.relation)
    };
    format!("{} {}{relation}, {}", p.first_name, p.last_name, p.phone)
}

#[component]
fn People(contacts: Vec<Contact>, removable: bool) -> impl IntoView {
    view! {
        <ul class="people">
            {contacts.into_iter().map(|c| view! {
                <li>
                    {describe(&c.person)}
                    {removable.then(|| view! { <RemoveContact id=c.id name=format!("{} {}", c.person.first_name, c.person.last_name)/> })}
                </li>
            }).collect_view()}
        </ul>
    }
}

#[component]
fn RemoveContact(id: i64, name: String) -> impl IntoView {
    let action = ServerAction::<RemoveEmergencyContact>::new();
    view! {
        <ActionForm action attr:class="inline-form">
            <input type="hidden" name="id" value=id.to_string()/>
            <button type="submit" class="button button--secondary">
                {t("personal-remove")}<span class="visually-hidden">{format!(" {name}")}</span>
            </button>
        </ActionForm>
    }
}

#[component]
pub fn PersonalSubjectPage() -> impl IntoView {
    let params = use_params_map();
    let segment = params.with_untracked(|p| p.get("rubrique").unwrap_or_default());
    let Some((segment, title_key)) = SUBJECTS.iter().find(|(s, _)| *s == segment).copied() else {
        #[cfg(feature = "ssr")]
        crate::http::not_found();
        return view! {
            <Title text=t("personal-not-found")/>
            <section class="container record">
                <RecordNav/>
                <h1>{t("personal-not-found")}</h1>
                <p><A href=PATH>{t("personal-back-summary")}</A></p>
            </section>
        }
        .into_any();
    };
    let title = t(title_key);
    view! {
        <Title text=title.clone()/>
        <section class="container record">
            <RecordNav/>
            <p><A href=PATH>{t("personal-back")}</A></p>
            <h1>{title}</h1>
            {with_space(move |s| match segment {
                "notes" => view! { <NotesForm notes=s.notes/> }.into_any(),
                "coordonnees" => view! { <CoordinatesForm c=s.coordinates/> }.into_any(),
                "personnes-a-prevenir" => view! { <ContactsForm contacts=s.contacts/> }.into_any(),
                "personne-de-confiance" => view! { <TrustedForm trusted=s.trusted/> }.into_any(),
                "directives-anticipees" => view! { <DirectivesForm directives=s.directives/> }.into_any(),
                _ => view! { <OrganForm choice=s.organ_donation/> }.into_any(),
            })}
        </section>
    }
    .into_any()
}

/// The errors every form of these pages shows after a post.
struct FormState {
    errors: RwSignal<Vec<FieldError>>,
    general: RwSignal<Vec<String>>,
}

fn form_state<S>(action: ServerAction<S>, fields: &'static [Field]) -> FormState
where
    S: ServerFn<Output = (), Error = PortalError> + Clone + Send + Sync + 'static,
{
    let errors = RwSignal::new(Vec::new());
    let general = RwSignal::new(Vec::new());
    track_errors(action.value(), fields, errors, general);
    FormState { errors, general }
}

#[component]
fn NotesForm(notes: HealthNotes) -> impl IntoView {
    let action = ServerAction::<SaveHealthNotes>::new();
    let f = form_state(
        action,
        &[
            Field::Allergies,
            Field::History,
            Field::Operations,
            Field::BloodGroup,
            Field::FreeNote,
        ],
    );
    let errors = f.errors;
    let group = notes.blood_group.clone();
    view! {
        <p>{t("personal-notes-intro")}</p>
        <form method="post" action=SaveHealthNotes::url() novalidate>
            <ErrorSummary errors/>
            <GeneralErrors messages=f.general/>
            <TextArea field=Field::Allergies name="form[allergies]" label=t("personal-allergies")
                hint=t("personal-allergies-hint") value=notes.allergies errors maxlength=2000/>
            <TextArea field=Field::History name="form[history]" label=t("personal-history")
                hint=t("personal-history-hint") value=notes.history errors maxlength=2000/>
            <TextArea field=Field::Operations name="form[operations]" label=t("personal-operations")
                hint=t("personal-operations-hint") value=notes.operations errors maxlength=2000/>
            <div class="field">
                <label class="field__label" for="blood_group">{t("personal-blood-group")}</label>
                {crate::forms::ui::field_error(errors, Field::BloodGroup)}
                <select class="field__input" id="blood_group" name="form[blood_group]">
                    <option value="" selected=group.is_empty()>{t("personal-blood-group-unknown")}</option>
                    {BLOOD_GROUPS.iter().map(|g| view! {
                        <option value=*g selected=*g == group>{*g}</option>
                    }).collect_view()}
                </select>
            </div>
            <TextArea field=Field::FreeNote name="form[free_note]" label=t("personal-free-note")
                value=notes.free_note errors maxlength=2000/>
            <div class="actions">
                <button type="submit" class="button button--large">{t("personal-save-notes")}</button>
            </div>
        </form>
    }
}

#[component]
fn CoordinatesForm(c: Coordinates) -> impl IntoView {
    let action = ServerAction::<SaveCoordinates>::new();
    let f = form_state(
        action,
        &[Field::Address, Field::PostalCode, Field::Town, Field::Phone],
    );
    let errors = f.errors;
    view! {
        <p>{t("personal-coordinates-intro")}</p>
        <form method="post" action=SaveCoordinates::url() novalidate>
            <ErrorSummary errors/>
            <GeneralErrors messages=f.general/>
            <TextField field=Field::Address name="form[address]" label=t("personal-address")
                value=RwSignal::new(c.address) errors autocomplete="street-address" maxlength=200/>
            <TextField field=Field::PostalCode name="form[postal_code]" label=t("personal-postal-code")
                value=RwSignal::new(c.postal_code) errors autocomplete="postal-code" inputmode="numeric" maxlength=6/>
            <TextField field=Field::Town name="form[town]" label=t("personal-town")
                value=RwSignal::new(c.town) errors autocomplete="address-level2" maxlength=100/>
            <TextField field=Field::Phone name="form[phone]" label=t("personal-phone") hint=t("personal-phone-hint")
                value=RwSignal::new(c.phone) errors input_type="tel" autocomplete="tel" maxlength=20/>
            <div class="actions">
                <button type="submit" class="button button--large">{t("personal-save-coordinates")}</button>
            </div>
        </form>
    }
}

#[component]
fn ContactsForm(contacts: Vec<Contact>) -> impl IntoView {
    let action = ServerAction::<AddEmergencyContact>::new();
    let f = form_state(
        action,
        &[
            Field::ContactLastName,
            Field::ContactFirstName,
            Field::ContactRelation,
            Field::ContactPhone,
        ],
    );
    let errors = f.errors;
    let full = contacts.len() as i64 >= CONTACTS_MAX;
    view! {
        <p>{tr("personal-contacts-intro", &[("n", CONTACTS_MAX.into())])}</p>
        {if contacts.is_empty() {
            view! { <p>{t("personal-no-contacts")}</p> }.into_any()
        } else {
            view! { <h2>{t("personal-my-contacts")}</h2><People contacts removable=true/> }.into_any()
        }}
        <h2>{t("personal-add-contact")}</h2>
        {if full {
            view! { <p>{t("personal-contacts-full")}</p> }.into_any()
        } else {
            view! {
                <form method="post" action=AddEmergencyContact::url() novalidate>
                    <ErrorSummary errors/>
                    <GeneralErrors messages=f.general/>
                    <PersonFields role=Role::Emergency person=Person::default() errors/>
                    <div class="actions">
                        <button type="submit" class="button button--large">{t("personal-add-contact-submit")}</button>
                    </div>
                </form>
            }.into_any()
        }}
    }
}

#[component]
fn PersonFields(role: Role, person: Person, errors: RwSignal<Vec<FieldError>>) -> impl IntoView {
    let [last, first, relation, phone] = role.fields();
    view! {
        <TextField field=last name="form[last_name]" label=t("personal-last-name") required=true
            value=RwSignal::new(person.last_name) errors autocomplete="off" maxlength=100/>
        <TextField field=first name="form[first_name]" label=t("personal-first-name") required=true
            value=RwSignal::new(person.first_name) errors autocomplete="off" maxlength=100/>
        <TextField field=relation name="form[relation]" label=t("personal-relation") hint=t("personal-relation-hint")
            value=RwSignal::new(person.relation) errors autocomplete="off" maxlength=60/>
        <TextField field=phone name="form[phone]" label=t("personal-phone") required=true hint=t("personal-person-phone-hint")
            value=RwSignal::new(person.phone) errors input_type="tel" autocomplete="off" maxlength=20/>
    }
}

#[component]
fn TrustedForm(trusted: Option<Person>) -> impl IntoView {
    let action = ServerAction::<SaveTrustedPerson>::new();
    let remove = ServerAction::<RemoveTrustedPerson>::new();
    let f = form_state(
        action,
        &[
            Field::TrustedLastName,
            Field::TrustedFirstName,
            Field::TrustedRelation,
            Field::TrustedPhone,
        ],
    );
    let errors = f.errors;
    let has = trusted.is_some();
    view! {
        <p>{t("personal-trusted-intro")}</p>
        <p>{t("personal-trusted-in-writing")}</p>
        <form method="post" action=SaveTrustedPerson::url() novalidate>
            <ErrorSummary errors/>
            <GeneralErrors messages=f.general/>
            <PersonFields role=Role::Trusted person=trusted.unwrap_or_default() errors/>
            <div class="actions">
                <button type="submit" class="button button--large">{t("personal-save-trusted")}</button>
            </div>
        </form>
        {has.then(|| view! {
            <ActionForm action=remove attr:class="inline-form">
                <button type="submit" class="button button--secondary">{t("personal-remove-trusted")}</button>
            </ActionForm>
        })}
    }
}

#[component]
fn DirectivesForm(directives: Option<WrittenDirectives>) -> impl IntoView {
    let action = ServerAction::<SaveDirectives>::new();
    let f = form_state(action, &[Field::Directives]);
    let errors = f.errors;
    view! {
        <p>{t("personal-directives-intro")}</p>
        <p>{t("personal-directives-examples")}</p>
        <ul>
            <li>{t("personal-directives-example-1")}</li>
            <li>{t("personal-directives-example-2")}</li>
            <li>{t("personal-directives-example-3")}</li>
        </ul>
        {directives.as_ref().map(|d| view! {
            <p>{tr("personal-directives-current", &[("date", d.date.clone().into())])}</p>
        })}
        <form method="post" action=SaveDirectives::url() novalidate>
            <ErrorSummary errors/>
            <GeneralErrors messages=f.general/>
            <TextArea field=Field::Directives name="text" label=t("personal-subject-directives")
                value=directives.map(|d| d.text).unwrap_or_default() errors maxlength=10000 rows=12/>
            <div class="actions">
                <button type="submit" class="button button--large">{t("personal-save-directives")}</button>
            </div>
        </form>
        <p>
            {t("personal-directives-paper")}" "
            <A href=crate::record::upload::PATH>{t("personal-directives-paper-link")}</A>
            " "{t("personal-directives-paper-type")}
        </p>
    }
}

#[component]
fn OrganForm(choice: String) -> impl IntoView {
    let action = ServerAction::<SaveOrganDonation>::new();
    let f = form_state(action, &[Field::OrganDonation]);
    let errors = f.errors;
    view! {
        <p>{t("personal-organ-law")}</p>
        <p>{t("personal-organ-register")}</p>
        <form method="post" action=SaveOrganDonation::url() novalidate>
            <ErrorSummary errors/>
            <GeneralErrors messages=f.general/>
            <fieldset class="field">
                <legend class="field__label">{t("personal-organ-choice")}</legend>
                {ORGAN_CHOICES.iter().enumerate().map(|(i, (code, key))| {
                    // The error summary links to the first answer.
                    let id = if i == 0 { Field::OrganDonation.id().to_string() } else { format!("don-{code}") };
                    view! {
                        <div class="choice">
                            <input type="radio" id=id.clone() name="choice" value=*code checked=*code == choice/>
                            <label for=id>{t(key)}</label>
                        </div>
                    }
                }).collect_view()}
            </fieldset>
            <div class="actions">
                <button type="submit" class="button button--large">{t("personal-save-organ")}</button>
            </div>
        </form>
    }
}
