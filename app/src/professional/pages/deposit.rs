//! A professional's deposit, with its visibility (or secret mode).

use super::*;

#[component]
pub fn ProfessionalDepositPage() -> impl IntoView {
    let data = Resource::new(|| (), |_| load_deposit_page());
    view! {
        <Title text=t("pro-deposit-title")/>
        <section class="container professional">
            <p><A href=RECORD_PATH>{t("pro-back-record")}</A></p>
            <h1>{t("pro-deposit")}</h1>
            <Suspense fallback=|| view! { <p>{t("forms-loading")}</p> }>
                {move || Suspend::new(async move {
                    match data.await {
                        Ok(Some(d)) => view! { <DepositForm d/> }.into_any(),
                        Ok(None) => view! {
                            <p><A href=PATH attr:class="button">{t("pro-space")}</A></p>
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
fn DepositForm(d: DepositPage) -> impl IntoView {
    // Posted as is (a file needs no JavaScript); errors come back in the address.
    let errors = RwSignal::new(Vec::<FieldError>::new());
    let general = RwSignal::new(Vec::new());
    track_address_errors(ProfessionalDeposit::PATH, DEPOSIT_FIELDS, errors, general);
    let error = move |field: Field| field_error(errors, field);
    let check = |id: &'static str, name: &'static str, label: String| {
        view! {
            <div class="choice">
                <input type="checkbox" id=id name=name value="oui"/>
                <label for=id>{label}</label>
            </div>
        }
    };
    view! {
        <PatientHeader r=d.record.clone()/>
        <p>{t("pro-deposit-intro")}</p>
        <form method="post" action=ProfessionalDeposit::url() enctype="multipart/form-data" novalidate>
            <ErrorSummary errors/>
            <GeneralErrors messages=general/>
            <div class="field">
                <label class="field__label" for="type_code">{t("pro-deposit-type")}</label>
                {error(Field::DocumentType)}
                <select class="field__input" id="type_code" name="type_code">
                    <option value="">{t("pro-choose")}</option>
                    {d.types.into_iter().map(|(code, label, space)| view! {
                        <option value=code>{tr("pro-deposit-type-option", &[("label", label.into()), ("space", space.into())])}</option>
                    }).collect_view()}
                </select>
            </div>
            <div class="field">
                <label class="field__label" for="document_title">{t("pro-deposit-title-label")}</label>
                {error(Field::DocumentTitle)}
                <input class="field__input" id="document_title" name="title" maxlength="200"/>
            </div>
            <div class="field">
                <label class="field__label" for="document_date">{t("pro-deposit-date")}</label>
                <p class="field__hint">{t("pro-deposit-date-hint")}</p>
                {error(Field::DocumentDate)}
                <input class="field__input" type="date" id="document_date" name="date"/>
            </div>
            <div class="field">
                <label class="field__label" for="document_file">{t("pro-deposit-file")}</label>
                {error(Field::DocumentFile)}
                <input class="field__input" type="file" id="document_file" name="file" accept=".pdf,application/pdf"/>
            </div>
            <fieldset class="field">
                <legend class="field__label">{t("pro-visibility")}</legend>
                <p class="field__hint">{t("pro-visibility-hint")}</p>
                {error(Field::DocumentVisibility)}
                {check("masked", "masked", t("pro-visibility-masked"))}
                {check("invisible_patient", "invisible_patient", t("pro-visibility-invisible-patient"))}
                {match (d.minor, d.record.secret) {
                    (true, true) => Some(view! {
                        <p class="notice notice--secret">{t("pro-visibility-secret")}</p>
                    }.into_any()),
                    (true, false) => Some(check(
                        "invisible_representatives",
                        "invisible_representatives",
                        t("pro-visibility-invisible-reps"),
                    ).into_any()),
                    _ => None,
                }}
            </fieldset>
            <div class="actions">
                <button type="submit" class="button button--large">{t("pro-deposit-submit")}</button>
            </div>
        </form>
    }
}
