//! The pages: the representatives of a record, the invitation form, and
//! the invited person's answer and welcome.

use super::*;
use crate::forms::ui::{field_error, track_errors, ErrorSummary, GeneralErrors};
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
        <Title text="Représentants légaux"/>
        <section class="container record">
            <RecordNav/>
            <h1>"Représentants légaux"</h1>
            {invited.then(|| view! {
                <div class="notice notice--success" role="status">
                    <p>"L'invitation est envoyée. Le second représentant légal crée son accès avec le code reçu."</p>
                </div>
            })}
            {removed.then(|| view! {
                <div class="notice notice--success" role="status"><p>"Cet accès a pris fin. La personne en est informée."</p></div>
            })}
            <Suspense fallback=|| view! { <p>{crate::i18n::t("forms-loading")}</p> }>
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
                    "Aucun représentant légal n'a accès à votre DMP."
                } else {
                    "Ces représentants légaux ont accès à votre DMP."
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
            {format!(
                "Le DMP de {} peut être consulté par deux représentants légaux au plus (les parents, ou un tuteur), \
                 chacun avec son propre identifiant, son mot de passe et ses codes de connexion.",
                p.child
            )}
        </p>
        <GeneralErrors messages=general/>
        <ul class="cards">
            {p.representatives.into_iter().map(|r| {
                let id = r.id.to_string();
                let confirm_id = format!("{}-{}", Field::RemovalConfirm.id(), r.id);
                view! {
                    <li class="card">
                        <h2>{format!("{} — {}", r.name, r.relation)}{r.yours.then_some(" (vous)")}</h2>
                        {r.removable.then(|| view! {
                            <ActionForm action=remove attr:novalidate=true>
                                <input type="hidden" name="representant" value=id.clone()/>
                                {field_error(errors, Field::RemovalConfirm)}
                                <div class="choice">
                                    <input type="checkbox" id=confirm_id.clone() name="confirm" value="oui"/>
                                    <label for=confirm_id.clone()>
                                        {if r.yours {
                                            "Je ne souhaite plus accéder à ce DMP".to_string()
                                        } else {
                                            format!("Je retire l'accès de {}", r.name)
                                        }}
                                    </label>
                                </div>
                                <button type="submit" class="button button--secondary">
                                    {if r.yours { "Mettre fin à mon accès" } else { "Retirer son accès" }}
                                </button>
                            </ActionForm>
                        })}
                    </li>
                }
            }).collect_view()}
        </ul>
        {p.pending.map(|(who, until)| view! {
            <div class="notice" role="status">
                <p>{format!("Invitation envoyée à {who}, valable jusqu'au {until} : elle attend son code.")}</p>
                <ActionForm action=cancel>
                    <button type="submit" class="button button--secondary">"Annuler l'invitation"</button>
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
    let input = move |field: Field, name: &'static str, label: &'static str, kind: &'static str| {
        view! {
            <div class="field">
                <label class="field__label" for=field.id()>{label}</label>
                {field_error(errors, field)}
                <input class="field__input" type=kind id=field.id() name=name autocomplete="off" maxlength="254"/>
            </div>
        }
    };
    view! {
        <h2>"Ajouter le second représentant légal"</h2>
        <p>
            "Saisissez son identité et son adresse e-mail ou son numéro de mobile (ou les deux). "
            "Il recevra un code à 6 chiffres, valable 7 jours, pour créer son propre accès : "
            "vous ne connaîtrez ni son identifiant ni son mot de passe."
        </p>
        <ActionForm action attr:novalidate=true>
            <ErrorSummary errors/>
            <GeneralErrors messages=general/>
            <div class="field">
                <label class="field__label" for=Field::RepRelation.id()>"Son lien avec l'enfant"</label>
                {field_error(errors, Field::RepRelation)}
                <select class="field__input" id=Field::RepRelation.id() name="form[rep_relation]">
                    <option value="">"Choisissez"</option>
                    {RELATIONS.iter().map(|(code, label)| view! {
                        <option value=*code>{crate::i18n::t(label)}</option>
                    }).collect_view()}
                </select>
            </div>
            {input(Field::RepBirthName, "form[rep_birth_name]", "Son nom de naissance", "text")}
            {input(Field::RepFirstNames, "form[rep_first_names]", "Ses prénoms", "text")}
            {input(Field::Email, "form[email]", "Son adresse e-mail", "email")}
            {input(Field::EmailConfirm, "form[email_confirm]", "Son adresse e-mail, une seconde fois", "email")}
            {input(Field::Mobile, "form[mobile]", "Son numéro de mobile", "tel")}
            {input(Field::MobileConfirm, "form[mobile_confirm]", "Son numéro de mobile, une seconde fois", "tel")}
            <div class="actions">
                <button type="submit" class="button button--large">"Envoyer l'invitation"</button>
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
                      label: &'static str,
                      hint: Option<&'static str>,
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
        <Title text="Créer mon accès de représentant légal"/>
        <section class="container">
            <h1>"J'ai reçu un code de représentant légal"</h1>
            <p>
                "L'autre représentant légal d'un enfant vous a invité à accéder au DMP de cet enfant. "
                "Saisissez l'adresse e-mail ou le numéro de mobile où vous avez reçu le code, le code, "
                "puis choisissez votre mot de passe : votre identifiant vous sera donné à la page suivante."
            </p>
            <ActionForm action attr:novalidate=true>
                <ErrorSummary errors/>
                <GeneralErrors messages=general/>
                {input(Field::InvitationContact, "form[contact]", "Adresse e-mail ou numéro de mobile", None, "text", "off")}
                {input(Field::OneTimeCode, "form[code]", "Code reçu (6 chiffres)", None, "text", "one-time-code")}
                {input(
                    Field::Password,
                    "form[password]",
                    "Mot de passe choisi",
                    Some("12 caractères au moins, difficile à deviner : par exemple quatre mots sans rapport entre eux."),
                    "password",
                    "new-password",
                )}
                {input(Field::PasswordConfirm, "form[confirm]", "Mot de passe, une seconde fois", None, "password", "new-password")}
                <div class="actions">
                    <button type="submit" class="button button--large">"Créer mon accès"</button>
                </div>
            </ActionForm>
        </section>
    }
}

#[component]
pub fn WelcomePage() -> impl IntoView {
    let data = Resource::new(|| (), |_| load_welcome());
    view! {
        <Title text="Votre accès est créé"/>
        <section class="container">
            <Suspense fallback=|| view! { <p>{crate::i18n::t("forms-loading")}</p> }>
                {move || Suspend::new(async move {
                    match data.await {
                        Ok(Some((login, child))) => view! {
                            <h1>"Votre accès est créé"</h1>
                            <div class="notice notice--success" role="status">
                                <p>{format!("Vous êtes représentant légal sur le DMP de {child}.")}</p>
                            </div>
                            <p>"Pour vos prochaines connexions, notez votre identifiant. Vous recevrez aussi un code par e-mail ou par SMS à chaque connexion."</p>
                            <dl class="credentials">
                                <dt>"Identifiant"</dt><dd class="credentials__value">{login}</dd>
                            </dl>
                            <p><A href=crate::paths::RECORD_PATH attr:class="button button--large">{format!("Ouvrir le DMP de {child}")}</A></p>
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
