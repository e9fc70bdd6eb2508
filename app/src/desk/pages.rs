//! `/guichet`: the console's page.

use super::*;
use crate::forms::ui::{track_errors, ErrorSummary, GeneralErrors, TextField};
use crate::i18n::{t, tr};
use crate::layout::staff::{StaffNotSignedIn, StaffOtherRole};
use crate::opening::questions::{CardInHandFields, ContactFields, QuestionsFields};
use crate::paths::DESK_SECRETS_PDF_PATH;
use leptos_meta::Title;

#[component]
pub fn DeskPageView() -> impl IntoView {
    let next = ServerAction::<DeskNext>::new();
    let create = ServerAction::<DeskCreate>::new();
    let issue = ServerAction::<DeskCredentials>::new();
    let add = ServerAction::<DeskAddRepresentative>::new();
    let end = ServerAction::<DeskEndRepresentative>::new();
    let close = ServerAction::<DeskClose>::new();
    let state = Resource::new(
        move || {
            (
                next.version().get(),
                create.version().get(),
                issue.version().get(),
                add.version().get(),
                end.version().get(),
                close.version().get(),
            )
        },
        |_| load_desk(),
    );
    let actions = Actions {
        next,
        create,
        issue,
        add,
        end,
        close,
    };
    view! {
        <Title text=t("staff-desk-title")/>
        <section class="container account">
            <h1>{t("staff-desk-title")}</h1>
            <Suspense fallback=|| view! { <p>{t("forms-loading")}</p> }>
                {move || Suspend::new(async move {
                    match state.await {
                        Ok(DeskPage::Ready { agent, place, person, kiosk }) => view! {
                            {kiosk.map(|(idle, warning)| view! { <AssistedKiosk idle warning/> })}
                            <p>{match place {
                                Some(p) => format!("{agent} — {p}"),
                                None => agent,
                            }}</p>
                            {match person {
                                Some(p) => view! { <Served person=*p actions/> }.into_any(),
                                None => view! { <IdentifyForm/> }.into_any(),
                            }}
                        }.into_any(),
                        Ok(DeskPage::Refused(role)) => view! { <StaffOtherRole reserved=t("staff-desk-reserved") role/> }.into_any(),
                        Ok(DeskPage::NotSignedIn) => view! { <StaffNotSignedIn reserved=t("staff-desk-reserved")/> }.into_any(),
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
    view! {
        <h2>{t("staff-desk-identify")}</h2>
        <p>{t("staff-desk-identify-intro")}</p>
        <ActionForm action attr:novalidate=true attr:autocomplete="off">
            <ErrorSummary errors/>
            <CardInHandFields errors presence=t("staff-desk-presence")/>
            <GeneralErrors messages=general/>
            <div class="actions">
                <button type="submit" class="button button--large">{t("staff-desk-identify")}</button>
            </div>
        </ActionForm>
    }
}

/// The console's forms, whose answers refresh the page.
#[derive(Clone, Copy)]
struct Actions {
    next: ServerAction<DeskNext>,
    create: ServerAction<DeskCreate>,
    issue: ServerAction<DeskCredentials>,
    add: ServerAction<DeskAddRepresentative>,
    end: ServerAction<DeskEndRepresentative>,
    close: ServerAction<DeskClose>,
}

#[component]
fn Served(person: Person, actions: Actions) -> impl IntoView {
    let Actions {
        next,
        create,
        issue,
        add,
        end,
        close,
    } = actions;
    let open = person.account.is_some();
    let (has_record, minor, handover) = (person.has_record, person.minor, person.handover.clone());
    view! {
        <h2>{t("staff-desk-served")}</h2>
        <dl class="summary">
            <dt>{t("staff-desk-name")}</dt><dd>{person.name}</dd>
            <dt>{t("staff-desk-birth-date")}</dt><dd>{person.birth_date}{minor.then(|| format!(" {}", t("staff-desk-minor")))}</dd>
            <dt>{t("staff-desk-nir")}</dt><dd>{person.nir}</dd>
            <dt>{t("staff-desk-record")}</dt><dd>{person.record}</dd>
            {person.account.map(|a| view! { <dt>{t("staff-desk-access")}</dt><dd>{a}</dd> })}
        </dl>
        {handover.map(|h| view! { <HandOverBox handover=h name=person.handover_for.clone()/> })}
        {(!has_record).then(|| view! { <ThreeQuestions action=create minor/> })}
        {open.then(|| view! {
            <IssueCredentials action=issue minor representatives=person.representatives.clone()/>
        })}
        {open.then(|| view! {
            <Representatives list=person.representatives.clone() may_add=person.may_add_representative
                minor add end/>
        })}
        {open.then(|| view! { <CloseRecord action=close/> })}
        <ActionForm action=next>
            <button type="submit" class="button button--secondary">{t("staff-desk-next")}</button>
        </ActionForm>
    }
}

/// What the agent hands over: the printed document des secrets.
#[component]
fn HandOverBox(handover: HandOver, name: Option<String>) -> impl IntoView {
    let text = match (&handover.login, handover.printable) {
        (Some(login), true) => match name {
            Some(name) => tr(
                "staff-desk-handover-ready-for",
                &[("name", name.into()), ("login", login.as_str().into())],
            ),
            None => tr(
                "staff-desk-handover-ready",
                &[("login", login.as_str().into())],
            ),
        },
        (Some(_), false) => t("staff-desk-handover-expired"),
        (None, _) => t("staff-desk-handover-no-account"),
    };
    let printable = handover.printable || handover.login.is_none();
    view! {
        <div class="notice notice--success" role="status">
            <p>{text}</p>
            {printable.then(|| view! {
                <p><a class="button" href=DESK_SECRETS_PDF_PATH rel="external" download>
                    {t("staff-desk-secrets-pdf")}
                </a></p>
            })}
        </div>
    }
}

/// The three questions, in the words of the national day of 12 November
/// 2018, asked to the person or their legal representative.
#[component]
fn ThreeQuestions(action: ServerAction<DeskCreate>, minor: bool) -> impl IntoView {
    let errors = RwSignal::new(Vec::<FieldError>::new());
    let general = RwSignal::new(Vec::new());
    track_errors(
        action.value(),
        &[
            Field::Accept,
            Field::Samu,
            Field::BrisDeGlace,
            Field::Email,
            Field::EmailConfirm,
            Field::Mobile,
            Field::MobileConfirm,
            Field::RepRelation,
            Field::RepBirthName,
            Field::RepFirstNames,
        ],
        errors,
        general,
    );
    view! {
        <h2>{t("staff-desk-questions")}</h2>
        <p>{t("staff-desk-questions-intro")}</p>
        <ActionForm action attr:novalidate=true attr:autocomplete="off">
            <ErrorSummary errors/>
            <QuestionsFields errors minor/>
            <GeneralErrors messages=general/>
            <div class="actions">
                <button type="submit" class="button button--large">{t("staff-desk-create")}</button>
            </div>
        </ActionForm>
    }
}

/// New connection data, with a contact added or changed.
#[component]
fn IssueCredentials(
    action: ServerAction<DeskCredentials>,
    minor: bool,
    representatives: Vec<(i64, String)>,
) -> impl IntoView {
    let errors = RwSignal::new(Vec::<FieldError>::new());
    let general = RwSignal::new(Vec::new());
    track_errors(
        action.value(),
        &[
            Field::Email,
            Field::EmailConfirm,
            Field::Mobile,
            Field::MobileConfirm,
        ],
        errors,
        general,
    );
    view! {
        <h2>{t("staff-desk-credentials")}</h2>
        <p>{t("staff-desk-credentials-intro")}</p>
        <ActionForm action attr:novalidate=true attr:autocomplete="off">
            {(!representatives.is_empty()).then(|| view! {
                <div class="field">
                    <label class="field__label" for="representative">{t("staff-desk-credentials-for")}</label>
                    <select class="field__input" id="representative" name="form[representative]">
                        {(!minor).then(|| view! { <option value="">{t("staff-desk-credentials-self")}</option> })}
                        {representatives.iter().map(|(id, label)| view! {
                            <option value=id.to_string()>{label.clone()}</option>
                        }).collect_view()}
                    </select>
                </div>
            })}
            <ErrorSummary errors/>
            <fieldset class="group">
                <legend>{t("staff-desk-credentials-contact")}</legend>
                <ContactFields errors/>
            </fieldset>
            <GeneralErrors messages=general/>
            <div class="actions">
                <button type="submit" class="button">{t("staff-desk-credentials")}</button>
            </div>
        </ActionForm>
    }
}

/// The record's legal representatives (or guardians), each ended here on
/// the proof shown, and a new one recorded.
#[component]
fn Representatives(
    list: Vec<(i64, String)>,
    may_add: bool,
    minor: bool,
    add: ServerAction<DeskAddRepresentative>,
    end: ServerAction<DeskEndRepresentative>,
) -> impl IntoView {
    let errors = RwSignal::new(Vec::<FieldError>::new());
    let general = RwSignal::new(Vec::new());
    track_errors(
        add.value(),
        &[
            Field::RepRelation,
            Field::RepBirthName,
            Field::RepFirstNames,
            Field::Email,
            Field::EmailConfirm,
            Field::Mobile,
            Field::MobileConfirm,
            Field::Presence,
        ],
        errors,
        general,
    );
    let text = || RwSignal::new(String::new());
    let (birth_name, first_names) = (text(), text());
    let (title, add_title) = if minor {
        (
            t("staff-desk-representatives"),
            t("staff-desk-representatives-add"),
        )
    } else {
        (
            t("staff-desk-guardianship"),
            t("staff-desk-guardianship-add"),
        )
    };
    view! {
        <h2>{title}</h2>
        {if list.is_empty() {
            view! { <p>{t("staff-desk-representatives-none")}</p> }.into_any()
        } else {
            view! {
                <ul class="representatives">
                    {list.into_iter().map(|(id, label)| view! {
                        <li>
                            {label}
                            <ActionForm action=end attr:class="inline-form">
                                <input type="hidden" name="id" value=id.to_string()/>
                                <button type="submit" class="button button--secondary">{t("staff-desk-representative-end")}</button>
                            </ActionForm>
                        </li>
                    }).collect_view()}
                </ul>
            }.into_any()
        }}
        {may_add.then(|| view! {
            <h3>{add_title.clone()}</h3>
            <p>{t("staff-desk-representative-intro")}</p>
            <ActionForm action=add attr:novalidate=true attr:autocomplete="off">
                <ErrorSummary errors/>
                {minor.then(|| view! {
                    <div class="field">
                        <label class="field__label" for="rep_relation">{t("staff-desk-relation")}<crate::forms::ui::Required/></label>
                        {crate::forms::ui::field_error(errors, Field::RepRelation)}
                        <select class="field__input" id="rep_relation" name="form[rep_relation]">
                            <option value="">{t("staff-desk-relation-choose")}</option>
                            {crate::forms::people::RELATIONS.iter().map(|(code, label)| view! { <option value=*code>{t(label)}</option> }).collect_view()}
                        </select>
                    </div>
                })}
                <TextField field=Field::RepBirthName name="form[rep_birth_name]" label=t("staff-desk-rep-birth-name")
                    required=true value=birth_name errors maxlength=80/>
                <TextField field=Field::RepFirstNames name="form[rep_first_names]" label=t("staff-desk-rep-first-name")
                    required=true value=first_names errors maxlength=80/>
                <ContactFields errors email_label=t("staff-desk-rep-email") mobile_label=t("staff-desk-rep-mobile")/>
                <div class="field" id="presence">
                    {crate::forms::ui::field_error(errors, Field::Presence)}
                    <label class="choice">
                        <input type="checkbox" name="form[proof]" value="on"/>
                        <span class="choice__label">
                            {if minor {
                                t("staff-desk-proof-minor")
                            } else {
                                t("staff-desk-proof-guardianship")
                            }}
                        </span>
                    </label>
                </div>
                <GeneralErrors messages=general/>
                <div class="actions">
                    <button type="submit" class="button">{add_title}</button>
                </div>
            </ActionForm>
        })}
    }
}

/// « Clôturer le DMP », asked in person.
#[component]
fn CloseRecord(action: ServerAction<DeskClose>) -> impl IntoView {
    let errors = RwSignal::new(Vec::<FieldError>::new());
    let general = RwSignal::new(Vec::new());
    track_errors(action.value(), &[Field::Consent], errors, general);
    view! {
        <h2>{t("staff-desk-close")}</h2>
        <details class="terms-inline">
            <summary>{t("staff-desk-close-summary")}</summary>
            <p>{t("staff-desk-close-explain")}</p>
            <ActionForm action attr:novalidate=true>
                <ErrorSummary errors/>
                <div class="field" id="consent">
                    {crate::forms::ui::field_error(errors, Field::Consent)}
                    <label class="choice">
                        <input type="checkbox" name="confirm" value="on"/>
                        <span class="choice__label">{t("staff-desk-close-confirm")}</span>
                    </label>
                </div>
                <GeneralErrors messages=general/>
                <div class="actions">
                    <button type="submit" class="button button--danger">{t("staff-desk-close")}</button>
                </div>
            </ActionForm>
        </details>
    }
}

/// On a reception-desk kiosk the console is an assisted session on a
/// shared device: it says so, and after a quiet while it forgets the
/// person and signs the agent out (the browser's part is `browser::idle`).
#[component]
fn AssistedKiosk(idle: u32, warning: u32) -> impl IntoView {
    let end_path = <DeskEndSession as leptos::server_fn::ServerFn>::PATH;
    view! {
        <p class="notice" role="status">{t("staff-desk-kiosk")}</p>
        <crate::layout::idle::IdleGuard
            idle
            warning
            count_activity=true
            title=t("staff-desk-idle-title")
            message=t("staff-desk-idle-message")
            button=t("staff-desk-idle-button")
            end=end_path
            then=crate::paths::KIOSK_PATH.to_string()
        />
    }
}
