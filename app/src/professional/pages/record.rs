//! The record as a professional opens it: consent, emergency access,
//! connexion secrète, the documents, and the médecin traitant's powers.

use super::*;

/// Offered on a minor's record (domain.md §4.6), with the minor's agreement.
#[component]
fn SecretModeForm() -> impl IntoView {
    let errors = RwSignal::new(Vec::<FieldError>::new());
    let general = RwSignal::new(Vec::new());
    track_address_errors(
        ProfessionalSecretMode::PATH,
        &[Field::SecretAgreement],
        errors,
        general,
    );
    view! {
        <h2>{t("pro-secret-heading")}</h2>
        <p>{t("pro-secret-intro")}</p>
        <form method="post" action=ProfessionalSecretMode::url() novalidate>
            <ErrorSummary errors/>
            <GeneralErrors messages=general/>
            <input type="hidden" name="mode" value="secrete"/>
            <div class="field">
                {field_error(errors, Field::SecretAgreement)}
                <div class="choice">
                    <input type="checkbox" id=Field::SecretAgreement.id() name="agreement" value="oui"/>
                    <label for=Field::SecretAgreement.id()>{t("pro-secret-agreement")}</label>
                </div>
            </div>
            <div class="actions">
                <button type="submit" class="button">{t("pro-secret-submit")}</button>
            </div>
        </form>
    }
}

/// Where the form is not offered, a refused request still says why.
#[component]
fn SecretModeRefusal() -> impl IntoView {
    let errors = RwSignal::new(Vec::<FieldError>::new());
    let general = RwSignal::new(Vec::new());
    track_address_errors(ProfessionalSecretMode::PATH, &[], errors, general);
    view! { <GeneralErrors messages=general/> }
}

#[component]
pub fn ProfessionalRecordPage() -> impl IntoView {
    let actions = RecordActions {
        consent: ServerAction::new(),
        emergency: ServerAction::new(),
        centre15: ServerAction::new(),
        block: ServerAction::new(),
    };
    let data = Resource::new(
        move || {
            (
                actions.consent.version().get(),
                actions.emergency.version().get(),
                actions.centre15.version().get(),
                actions.block.version().get(),
            )
        },
        |_| load_professional_record(),
    );
    view! {
        <Title text=t("pro-record-title")/>
        <section class="container professional">
            <p><A href=PATH>{t("pro-record-back")}</A></p>
            <h1>{t("pro-record-heading")}</h1>
            <Suspense fallback=|| view! { <p>{t("forms-loading")}</p> }>
                {move || Suspend::new(async move {
                    match data.await {
                        Ok(Some(r)) => view! { <RecordBody r actions/> }.into_any(),
                        Ok(None) => view! {
                            <div class="notice" role="status">
                                <p>{t("pro-record-sign-in")}</p>
                                <p><A href=PATH attr:class="button">{t("pro-space")}</A></p>
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

/// The record page's forms, whose answers reload its data.
#[derive(Clone, Copy)]
struct RecordActions {
    consent: ServerAction<DeclarePatientConsent>,
    emergency: ServerAction<DeclareEmergencyAccess>,
    centre15: ServerAction<DeclareEmergencyAccess>,
    block: ServerAction<BlockProfessional>,
}

#[component]
fn RecordBody(r: RecordView, actions: RecordActions) -> impl IntoView {
    let refused = r.right.clone().err();
    let documents = r.documents.clone();
    let deposited =
        leptos_router::hooks::use_query_map().with_untracked(|q| q.get("depose").is_some());
    view! {
        <PatientHeader r=r.clone()/>
        {deposited.then(|| view! {
            <div class="notice notice--success" role="status"><p>{t("pro-deposited")}</p></div>
        })}
        <p><A href=DEPOSIT_PATH attr:class="button button--secondary">{t("pro-deposit")}</A></p>
        {if r.minor && !r.secret && !r.feeding_only {
            view! { <SecretModeForm/> }.into_any()
        } else {
            view! { <SecretModeRefusal/> }.into_any()
        }}
        {match refused {
            Some(_) if r.feeding_only => view! {
                <div class="notice" role="status">
                    <p>{t("pro-feeding-only")}</p>
                </div>
            }.into_any(),
            Some(message) => view! {
                <div class="notice" role="status"><p>{message}</p></div>
                <ConsentForm may_become_mt=r.may_become_medecin_traitant action=actions.consent/>
                <EmergencyForms regulator=r.regulator action=actions.emergency centre15=actions.centre15/>
            }.into_any(),
            None => view! {
                {(r.may_become_medecin_traitant && !r.medecin_traitant).then(|| view! {
                    <ConsentForm may_become_mt=true action=actions.consent/>
                })}
                <h2>{t("pro-documents")}</h2>
                {(!r.counts.is_empty()).then(|| view! {
                    <ul class="space-counts">
                        {r.counts.iter().map(|(space, n)| view! {
                            <li>{tr("pro-space-count", &[("space", space.as_str().into()), ("n", (*n).into())])}</li>
                        }).collect_view()}
                    </ul>
                })}
                {if documents.is_empty() {
                    view! { <p>{t("pro-no-documents")}</p> }.into_any()
                } else {
                    view! { <ProDocumentTable documents/> }.into_any()
                }}
                {r.medecin_traitant.then(|| view! {
                    <MedecinTraitant history=r.history.clone() blockable=r.blockable.clone() action=actions.block/>
                })}
            }.into_any(),
        }}
    }
}

#[component]
fn ProDocumentTable(documents: Vec<Listed>) -> impl IntoView {
    view! {
        <div class="table-scroll">
            <table class="documents">
                <caption class="visually-hidden">{t("pro-documents-caption")}</caption>
                <thead>
                    <tr>
                        <th scope="col">{t("pro-date")}</th>
                        <th scope="col">{t("pro-document")}</th>
                        <th scope="col">{t("pro-type")}</th>
                        <th scope="col">{t("pro-author")}</th>
                    </tr>
                </thead>
                <tbody>
                    {documents.into_iter().map(|d| view! {
                        <tr>
                            <td>{d.date}</td>
                            <td>
                                <A href=document_path(d.id)>{d.title}</A>
                                {d.masked.then(|| view! { <span class="badge">{t("pro-badge-masked")}</span> })}
                                {d.invisible_patient.then(|| view! { <span class="badge">{t("pro-badge-invisible-patient")}</span> })}
                                {d.invisible_representatives.then(|| view! { <span class="badge">{t("pro-badge-invisible-reps")}</span> })}
                            </td>
                            <td>{d.type_label}</td>
                            <td>{d.author}</td>
                        </tr>
                    }).collect_view()}
                </tbody>
            </table>
        </div>
    }
}

#[component]
fn ConsentForm(may_become_mt: bool, action: ServerAction<DeclarePatientConsent>) -> impl IntoView {
    let errors = RwSignal::new(Vec::<FieldError>::new());
    let general = RwSignal::new(Vec::new());
    track_errors(action.value(), &[Field::Consent], errors, general);
    view! {
        <h2>{t("pro-consent-heading")}</h2>
        <ActionForm action attr:novalidate=true>
            <ErrorSummary errors/>
            <GeneralErrors messages=general/>
            <div class="field">
                {crate::forms::ui::field_error(errors, Field::Consent)}
                <div class="choice">
                    <input type="checkbox" id=Field::Consent.id() name="consent" value="oui"/>
                    <label for=Field::Consent.id()>{t("pro-consent-box")}</label>
                </div>
                {may_become_mt.then(|| view! {
                    <div class="choice">
                        <input type="checkbox" id="medecin_traitant" name="medecin_traitant" value="oui"/>
                        <label for="medecin_traitant">{t("pro-consent-doctor")}</label>
                    </div>
                })}
            </div>
            <div class="actions">
                <button type="submit" class="button button--large">{t("pro-consent-submit")}</button>
            </div>
        </ActionForm>
    }
}

#[component]
fn EmergencyForms(
    regulator: bool,
    action: ServerAction<DeclareEmergencyAccess>,
    centre15: ServerAction<DeclareEmergencyAccess>,
) -> impl IntoView {
    let errors = RwSignal::new(Vec::<FieldError>::new());
    let general = RwSignal::new(Vec::new());
    track_errors(action.value(), &[Field::EmergencyReason], errors, general);
    let c15_errors = RwSignal::new(Vec::<FieldError>::new());
    let c15_general = RwSignal::new(Vec::new());
    track_errors(centre15.value(), &[], c15_errors, c15_general);
    view! {
        <h2>{t("pro-emergency-heading")}</h2>
        {regulator.then(|| view! {
            <p>{t("pro-regulator-intro")}</p>
            <ActionForm action=centre15>
                <GeneralErrors messages=c15_general/>
                <input type="hidden" name="mode" value="centre15"/>
                <input type="hidden" name="reason" value=""/>
                <button type="submit" class="button">{t("pro-centre15-submit")}</button>
            </ActionForm>
        })}
        <p>{t("pro-break-glass-intro")}</p>
        <ActionForm action attr:novalidate=true>
            <ErrorSummary errors/>
            <GeneralErrors messages=general/>
            <input type="hidden" name="mode" value="bris_de_glace"/>
            <div class="field">
                <label class="field__label" for=Field::EmergencyReason.id()>{t("pro-emergency-reason")}</label>
                {crate::forms::ui::field_error(errors, Field::EmergencyReason)}
                <textarea class="field__input field__textarea" id=Field::EmergencyReason.id() name="reason" maxlength="500" rows="3"></textarea>
            </div>
            <div class="actions">
                <button type="submit" class="button button--danger">{t("pro-break-glass-submit")}</button>
            </div>
        </ActionForm>
    }
}

/// What a médecin traitant DMP sees and does beyond other professionals.
#[component]
fn MedecinTraitant(
    history: Vec<TraceLine>,
    blockable: Vec<(i64, String, String)>,
    action: ServerAction<BlockProfessional>,
) -> impl IntoView {
    let errors = RwSignal::new(Vec::<FieldError>::new());
    let general = RwSignal::new(Vec::new());
    track_errors(action.value(), &[], errors, general);
    let active: Vec<(i64, String)> = blockable
        .iter()
        .filter(|(_, _, status)| status != "INTERDIT")
        .map(|(id, name, _)| (*id, name.clone()))
        .collect();
    let blocked: Vec<String> = blockable
        .into_iter()
        .filter(|(_, _, status)| status == "INTERDIT")
        .map(|(_, name, _)| name)
        .collect();
    view! {
        <section aria-labelledby="historique-titre">
            <h2 id="historique-titre">{t("pro-history-heading")}</h2>
            {if history.is_empty() {
                view! { <p>{t("pro-history-none")}</p> }.into_any()
            } else {
                view! {
                    <div class="table-scroll">
                        <table class="documents">
                            <caption class="visually-hidden">{t("pro-history-caption")}</caption>
                            <thead><tr>
                                <th scope="col">{t("pro-date")}</th>
                                <th scope="col">{t("pro-professional")}</th>
                                <th scope="col">{t("pro-action")}</th>
                                <th scope="col">{t("pro-right")}</th>
                            </tr></thead>
                            <tbody>
                                {history.into_iter().map(|line| view! {
                                    <tr>
                                        <td>{line.at}</td>
                                        <td>{line.who}</td>
                                        <td>{line.action}</td>
                                        <td>{match line.reason {
                                            Some(reason) => tr(
                                                "pro-history-right-reason",
                                                &[("right", right_label(&line.right).into()), ("reason", reason.into())],
                                            ),
                                            None => right_label(&line.right),
                                        }}</td>
                                    </tr>
                                }).collect_view()}
                            </tbody>
                        </table>
                    </div>
                }.into_any()
            }}
        </section>
        <section aria-labelledby="bloquer-titre">
            <h2 id="bloquer-titre">{t("pro-block-heading")}</h2>
            {(!blocked.is_empty()).then(|| view! {
                <p>{tr("pro-already-blocked", &[("names", blocked.join(", ").into())])}</p>
            })}
            {if active.is_empty() {
                view! { <p>{t("pro-block-none")}</p> }.into_any()
            } else {
                view! {
                    <ActionForm action attr:novalidate=true>
                        <GeneralErrors messages=general/>
                        <div class="field">
                            <label class="field__label" for="professional">{t("pro-professional")}</label>
                            <select class="field__input" id="professional" name="professional">
                                {active.into_iter().map(|(id, name)| view! {
                                    <option value=id.to_string()>{name}</option>
                                }).collect_view()}
                            </select>
                        </div>
                        <div class="choice">
                            <input type="checkbox" id="patient_request" name="patient_request" value="oui"/>
                            <label for="patient_request">{t("pro-block-request")}</label>
                        </div>
                        <div class="actions">
                            <button type="submit" class="button button--danger">{t("pro-block")}</button>
                        </div>
                    </ActionForm>
                }.into_any()
            }}
        </section>
    }
}
