//! A professional's deposit, with its visibility (or secret mode).

use super::*;

#[component]
pub fn ProfessionalDepositPage() -> impl IntoView {
    let data = Resource::new(|| (), |_| load_deposit_page());
    view! {
        <Title text="Déposer un document – DMP du patient"/>
        <section class="container professional">
            <p><A href=RECORD_PATH>"← DMP du patient"</A></p>
            <h1>"Déposer un document"</h1>
            <Suspense fallback=|| view! { <p>{crate::i18n::t("forms-loading")}</p> }>
                {move || Suspend::new(async move {
                    match data.await {
                        Ok(Some(d)) => view! { <DepositForm d/> }.into_any(),
                        Ok(None) => view! {
                            <p><A href=PATH attr:class="button">"Espace professionnel"</A></p>
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
    let check = |id: &'static str, name: &'static str, label: &'static str| {
        view! {
            <div class="choice">
                <input type="checkbox" id=id name=name value="oui"/>
                <label for=id>{label}</label>
            </div>
        }
    };
    view! {
        <PatientHeader r=d.record.clone()/>
        <p>"Le document doit être un PDF (5 Mo au plus). Déposer un document ne demande pas l'autorisation du patient."</p>
        <form method="post" action=ProfessionalDeposit::url() enctype="multipart/form-data" novalidate>
            <ErrorSummary errors/>
            <GeneralErrors messages=general/>
            <div class="field">
                <label class="field__label" for="type_code">"Type de document"</label>
                {error(Field::DocumentType)}
                <select class="field__input" id="type_code" name="type_code">
                    <option value="">"Choisissez"</option>
                    {d.types.into_iter().map(|(code, label, space)| view! {
                        <option value=code>{format!("{label} — espace {space}")}</option>
                    }).collect_view()}
                </select>
            </div>
            <div class="field">
                <label class="field__label" for="document_title">"Titre"</label>
                {error(Field::DocumentTitle)}
                <input class="field__input" id="document_title" name="title" maxlength="200"/>
            </div>
            <div class="field">
                <label class="field__label" for="document_date">"Date des soins"</label>
                <p class="field__hint">"Laissez vide pour la date du jour."</p>
                {error(Field::DocumentDate)}
                <input class="field__input" type="date" id="document_date" name="date"/>
            </div>
            <div class="field">
                <label class="field__label" for="document_file">"Fichier PDF"</label>
                {error(Field::DocumentFile)}
                <input class="field__input" type="file" id="document_file" name="file" accept=".pdf,application/pdf"/>
            </div>
            <fieldset class="field">
                <legend class="field__label">"Visibilité"</legend>
                <p class="field__hint">
                    "Un document ne peut pas être à la fois masqué aux professionnels et non visible par le patient."
                </p>
                {error(Field::DocumentVisibility)}
                {check("masked", "masked", "Masqué aux professionnels de santé (sauf médecins traitants et vous-même)")}
                {check("invisible_patient", "invisible_patient", "Non visible par le patient, jusqu'à la consultation d'annonce")}
                {match (d.minor, d.record.secret) {
                    (true, true) => Some(view! {
                        <p class="notice notice--secret">
                            "Connexion secrète : ce document ne sera pas visible des représentants légaux "
                            "(secret du mineur), et ils n'en seront pas informés."
                        </p>
                    }.into_any()),
                    (true, false) => Some(check(
                        "invisible_representatives",
                        "invisible_representatives",
                        "Non visible par les représentants légaux (secret du mineur)",
                    ).into_any()),
                    _ => None,
                }}
            </fieldset>
            <div class="actions">
                <button type="submit" class="button button--large">"Déposer le document"</button>
            </div>
        </form>
    }
}
