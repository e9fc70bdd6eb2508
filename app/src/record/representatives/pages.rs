//! The pages: the representatives of a record, the invitation form, and
//! the invited person's answer and welcome.

use super::*;
use crate::forms::ui::{field_error, track_errors, ErrorSummary, GeneralErrors};
use crate::i18n::{t, tr};
use crate::record::RecordNav;
use leptos_meta::Title;
use leptos_router::components::A;

#[component]
pub fn RepresentativesPageView() -> impl IntoView {
    let invite = ServerAction::<InviteRepresentative>::new();
    let cancel = ServerAction::<CancelInvitation>::new();
    let remove = ServerAction::<RemoveRepresentative>::new();
    let data = Resource::new(
        move || {
            (
                invite.version().get(),
                cancel.version().get(),
                remove.version().get(),
            )
        },
        |_| load_representatives(),
    );
    let query = leptos_router::hooks::use_query_map();
    let invited = query.with_untracked(|q| q.get("invite").is_some());
    let removed = query.with_untracked(|q| q.get("retire").is_some());
    view! {
        <Title text=t("controls-reps-title")/>
        <section class="container record">
            <RecordNav/>
            <h1>{t("controls-reps-title")}</h1>
            {invited.then(|| view! {
                <div class="notice notice--success" role="status">
                    <p>{t("controls-reps-invited")}</p>
                </div>
            })}
            {removed.then(|| view! {
                <div class="notice notice--success" role="status"><p>{t("controls-reps-removed")}</p></div>
            })}
            <Suspense fallback=|| view! { <p>{t("forms-loading")}</p> }>
                {move || Suspend::new(async move {
                    match data.await {
                        Ok(Some(p)) => view! { <Representatives p invite cancel remove/> }.into_any(),
                        Ok(None) => view! { <crate::layout::record::SignInFirst/> }.into_any(),
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
fn Representatives(
    p: RepresentativesPage,
    invite: ServerAction<InviteRepresentative>,
    cancel: ServerAction<CancelInvitation>,
    remove: ServerAction<RemoveRepresentative>,
) -> impl IntoView {
    let errors = RwSignal::new(Vec::<FieldError>::new());
    let general = RwSignal::new(Vec::new());
    track_errors(remove.value(), &[Field::RemovalConfirm], errors, general);
    if !p.as_representative {
        return view! {
            <p>
                {if p.representatives.is_empty() {
                    t("controls-reps-none")
                } else {
                    t("controls-reps-some")
                }}
            </p>
            <ul class="cards">
                {p.representatives.into_iter().map(|r| view! {
                    <li class="card"><p>{format!("{} — {}", r.name, r.relation)}</p></li>
                }).collect_view()}
            </ul>
        }
        .into_any();
    }
    view! {
        <p>
            {tr("controls-reps-intro", &[("child", p.child.as_str().into())])}
        </p>
        <GeneralErrors messages=general/>
        <ul class="cards">
            {p.representatives.into_iter().map(|r| {
                let id = r.id.to_string();
                let confirm_id = format!("{}-{}", Field::RemovalConfirm.id(), r.id);
                view! {
                    <li class="card">
                        <h2>{format!("{} — {}", r.name, r.relation)}{r.yours.then(|| format!(" {}", t("controls-reps-yours")))}</h2>
                        {r.removable.then(|| view! {
                            <ActionForm action=remove attr:novalidate=true>
                                <input type="hidden" name="representant" value=id.clone()/>
                                {field_error(errors, Field::RemovalConfirm)}
                                <div class="choice">
                                    <input type="checkbox" id=confirm_id.clone() name="confirm" value="oui"/>
                                    <label for=confirm_id.clone()>
                                        {if r.yours {
                                            t("controls-reps-leave-confirm")
                                        } else {
                                            tr("controls-reps-remove-confirm", &[("name", r.name.as_str().into())])
                                        }}
                                    </label>
                                </div>
                                <button type="submit" class="button button--secondary">
                                    {if r.yours { t("controls-reps-leave") } else { t("controls-reps-remove") }}
                                </button>
                            </ActionForm>
                        })}
                    </li>
                }
            }).collect_view()}
        </ul>
        {p.pending.map(|(who, until)| view! {
            <div class="notice" role="status">
                <p>{tr("controls-reps-pending", &[("who", who.as_str().into()), ("until", until.as_str().into())])}</p>
                <ActionForm action=cancel>
                    <button type="submit" class="button button--secondary">{t("controls-reps-cancel-invitation")}</button>
                </ActionForm>
            </div>
        })}
        {if p.may_invite {
            view! { <InviteFormView action=invite/> }.into_any()
        } else {
            // An invitation refused (two already, a day's limit) says why here.
            let errors = RwSignal::new(Vec::<FieldError>::new());
            let general = RwSignal::new(Vec::new());
            track_errors(invite.value(), INVITE_FIELDS, errors, general);
            view! { <GeneralErrors messages=general/> }.into_any()
        }}
    }
    .into_any()
}

#[component]
fn InviteFormView(action: ServerAction<InviteRepresentative>) -> impl IntoView {
    let errors = RwSignal::new(Vec::<FieldError>::new());
    let general = RwSignal::new(Vec::new());
    track_errors(action.value(), INVITE_FIELDS, errors, general);
    let input = move |field: Field, name: &'static str, label: String, kind: &'static str| {
        view! {
            <div class="field">
                <label class="field__label" for=field.id()>{label}</label>
                {field_error(errors, field)}
                <input class="field__input" type=kind id=field.id() name=name autocomplete="off" maxlength="254"/>
            </div>
        }
    };
    view! {
        <h2>{t("controls-reps-invite-heading")}</h2>
        <p>{t("controls-reps-invite-intro")}</p>
        <ActionForm action attr:novalidate=true>
            <ErrorSummary errors/>
            <GeneralErrors messages=general/>
            <div class="field">
                <label class="field__label" for=Field::RepRelation.id()>{t("controls-reps-relation")}</label>
                {field_error(errors, Field::RepRelation)}
                <select class="field__input" id=Field::RepRelation.id() name="form[rep_relation]">
                    <option value="">{t("controls-reps-choose")}</option>
                    {RELATIONS.iter().map(|(code, label)| view! {
                        <option value=*code>{t(label)}</option>
                    }).collect_view()}
                </select>
            </div>
            {input(Field::RepBirthName, "form[rep_birth_name]", t("controls-reps-birth-name"), "text")}
            {input(Field::RepFirstNames, "form[rep_first_names]", t("controls-reps-first-names"), "text")}
            {input(Field::Email, "form[email]", t("controls-reps-email"), "email")}
            {input(Field::EmailConfirm, "form[email_confirm]", t("controls-reps-email-again"), "email")}
            {input(Field::Mobile, "form[mobile]", t("controls-reps-mobile"), "tel")}
            {input(Field::MobileConfirm, "form[mobile_confirm]", t("controls-reps-mobile-again"), "tel")}
            <div class="actions">
                <button type="submit" class="button button--large">{t("controls-reps-send")}</button>
            </div>
        </ActionForm>
    }
}

/// `/representant-legal`: the invited representative creates their access.
#[component]
pub fn AcceptPage() -> impl IntoView {
    let action = ServerAction::<AcceptInvitation>::new();
    let errors = RwSignal::new(Vec::<FieldError>::new());
    let general = RwSignal::new(Vec::new());
    track_errors(action.value(), ACCEPT_FIELDS, errors, general);
    let input = move |field: Field,
                      name: &'static str,
                      label: String,
                      hint: Option<String>,
                      kind: &'static str,
                      autocomplete: &'static str| {
        view! {
            <div class="field">
                <label class="field__label" for=field.id()>{label}</label>
                {hint.map(|h| view! { <p class="field__hint">{h}</p> })}
                {field_error(errors, field)}
                <input class="field__input" type=kind id=field.id() name=name autocomplete=autocomplete maxlength="254"/>
            </div>
        }
    };
    view! {
        <Title text=t("controls-accept-title")/>
        <section class="container">
            <h1>{t("controls-accept-heading")}</h1>
            <p>{t("controls-accept-intro")}</p>
            <ActionForm action attr:novalidate=true>
                <ErrorSummary errors/>
                <GeneralErrors messages=general/>
                {input(Field::InvitationContact, "form[contact]", t("controls-accept-contact"), None, "text", "off")}
                {input(Field::OneTimeCode, "form[code]", t("controls-accept-code"), None, "text", "one-time-code")}
                {input(
                    Field::Password,
                    "form[password]",
                    t("controls-accept-password"),
                    Some(t("controls-accept-password-hint")),
                    "password",
                    "new-password",
                )}
                {input(Field::PasswordConfirm, "form[confirm]", t("controls-accept-password-again"), None, "password", "new-password")}
                <div class="actions">
                    <button type="submit" class="button button--large">{t("controls-accept-submit")}</button>
                </div>
            </ActionForm>
        </section>
    }
}

#[component]
pub fn WelcomePage() -> impl IntoView {
    let data = Resource::new(|| (), |_| load_welcome());
    view! {
        <Title text=t("controls-welcome-title")/>
        <section class="container">
            <Suspense fallback=|| view! { <p>{t("forms-loading")}</p> }>
                {move || Suspend::new(async move {
                    match data.await {
                        Ok(Some((login, child))) => view! {
                            <h1>{t("controls-welcome-title")}</h1>
                            <div class="notice notice--success" role="status">
                                <p>{tr("controls-welcome-text", &[("child", child.as_str().into())])}</p>
                            </div>
                            <p>{t("controls-welcome-note")}</p>
                            <dl class="credentials">
                                <dt>{t("controls-welcome-login")}</dt><dd class="credentials__value">{login}</dd>
                            </dl>
                            <p><A href=crate::paths::RECORD_PATH attr:class="button button--large">{tr("controls-welcome-open", &[("child", child.as_str().into())])}</A></p>
                        }.into_any(),
                        Ok(None) => view! { <crate::layout::record::SignInFirst/> }.into_any(),
                        Err(e) => view! {
                            <div class="notice notice--error" role="alert"><p>{e.general()}</p></div>
                        }.into_any(),
                    }
                })}
            </Suspense>
        </section>
    }
}
