//! What is asked when someone opens a DMP for a person in front of them
//! (a desk agent, a professional): the card in hand, then the three
//! questions. The same rules in the browser and on the server.

use crate::domain::nir::Nir;
use crate::domain::vitale::{CardType, VitaleSerial};
use crate::forms::fields::{Field, FieldError};
use crate::i18n::t;
use crate::messages::{Msg, Text};
use leptos::component;
use serde::{Deserialize, Serialize};

/// The person identified from the Carte Vitale in hand, as posted
/// (`form[…]`): no creation code, the one who serves them vouches for
/// their presence.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct CardInHandForm {
    pub nir: String,
    pub card_type: String,
    pub serial: String,
    /// The box: the person (or their representative) is here, with the card.
    pub presence: Option<String>,
}

impl CardInHandForm {
    /// Every field's error at once, in the order of the form.
    pub fn validate(&self) -> Result<(Nir, CardType, VitaleSerial), Vec<FieldError>> {
        let mut errors = Vec::new();
        let mut push = |field, message: Msg| errors.push(FieldError { field, message });
        let nir = Nir::parse(&self.nir).map_err(|e| push(Field::Nir, e.into()));
        let card_type = CardType::from_code(&self.card_type)
            .ok_or_else(|| push(Field::CardType, Text::ChooseCardType.into()));
        let serial = VitaleSerial::parse(&self.serial).map_err(|e| push(Field::Serial, e.into()));
        if self.presence.is_none() {
            push(Field::Presence, Text::DeskPresence.into());
        }
        match (nir, card_type, serial) {
            (Ok(nir), Ok(card_type), Ok(serial)) if errors.is_empty() => {
                Ok((nir, card_type, serial))
            }
            _ => Err(errors),
        }
    }
}

/// The three questions (seed: national day of 12 November 2018), as
/// posted. The answers to the emergency
/// questions are `oui` / `non`: the agent must have asked them.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct QuestionsForm {
    /// 1. The DMP was presented and the person consents to its creation.
    pub accept: Option<String>,
    /// 2. Emergency accesses without consent.
    pub samu: String,
    pub bris_de_glace: String,
    /// 3. Contacts, each typed twice; none is allowed.
    pub email: String,
    pub email_confirm: String,
    pub mobile: String,
    pub mobile_confirm: String,
    /// A minor's legal representative, who answers for them.
    pub rep_relation: String,
    pub rep_birth_name: String,
    pub rep_first_names: String,
}

fn yes_no(answer: &str, field: Field, missing: Text, push: &mut impl FnMut(Field, Msg)) -> bool {
    match answer {
        "oui" => true,
        "non" => false,
        _ => {
            push(field, missing.into());
            false
        }
    }
}

impl QuestionsForm {
    /// Every error at once, in the order of the form.
    pub fn validate(&self, minor: bool) -> Result<super::Informations, Vec<FieldError>> {
        use crate::forms::people::{optional_contacts, representative};
        let mut errors = Vec::new();
        let mut push = |field, message: Msg| errors.push(FieldError { field, message });
        if self.accept.is_none() {
            push(Field::Accept, Text::DeskConsent.into());
        }
        let bris_de_glace = yes_no(
            &self.bris_de_glace,
            Field::BrisDeGlace,
            Text::DeskAnswerBrisDeGlace,
            &mut push,
        );
        let samu = yes_no(&self.samu, Field::Samu, Text::DeskAnswerSamu, &mut push);
        let contacts = optional_contacts(
            [&self.email, &self.email_confirm],
            [&self.mobile, &self.mobile_confirm],
            &mut push,
        );
        let representative = if minor {
            representative(
                &self.rep_relation,
                &self.rep_birth_name,
                &self.rep_first_names,
                &mut push,
            )
        } else {
            None
        };
        match contacts {
            Ok((email, mobile)) if errors.is_empty() => Ok(super::Informations {
                email,
                mobile,
                samu,
                bris_de_glace,
                representative,
            }),
            _ => Err(errors),
        }
    }
}

/// The three questions' fields, for a form of the feature that asks them
/// (its own action, its own button).
/// The browser's instant check of the card-in-hand form (`forms::check`).
#[cfg(feature = "hydrate")]
pub fn check_card_in_hand(d: &leptos::web_sys::FormData) -> Option<Vec<FieldError>> {
    let v = crate::forms::check::Values(d);
    let form = CardInHandForm {
        nir: v.text("form[nir]"),
        card_type: v.text("form[card_type]"),
        serial: v.text("form[serial]"),
        presence: v.ticked("form[presence]"),
    };
    Some(form.validate().err().unwrap_or_default())
}

/// The same for the three questions; a minor's form names the representative.
#[cfg(feature = "hydrate")]
pub fn check_questions(d: &leptos::web_sys::FormData) -> Option<Vec<FieldError>> {
    let v = crate::forms::check::Values(d);
    let form = QuestionsForm {
        accept: v.ticked("form[accept]"),
        samu: v.text("form[samu]"),
        bris_de_glace: v.text("form[bris_de_glace]"),
        email: v.text("form[email]"),
        email_confirm: v.text("form[email_confirm]"),
        mobile: v.text("form[mobile]"),
        mobile_confirm: v.text("form[mobile_confirm]"),
        rep_relation: v.text("form[rep_relation]"),
        rep_birth_name: v.text("form[rep_birth_name]"),
        rep_first_names: v.text("form[rep_first_names]"),
    };
    Some(
        form.validate(d.has("form[rep_relation]"))
            .err()
            .unwrap_or_default(),
    )
}

/// The card-in-hand fields, for a form of the feature that identifies the
/// person (its own action and button); `presence` is the box's sentence.
#[component]
pub fn CardInHandFields(
    errors: leptos::prelude::RwSignal<Vec<FieldError>>,
    #[prop(into)] presence: String,
) -> impl leptos::IntoView {
    use crate::forms::ui::{field_error, Required, TextField};
    use leptos::prelude::*;
    let (nir, serial) = (RwSignal::new(String::new()), RwSignal::new(String::new()));
    view! {
        <TextField field=Field::Nir name="form[nir]" label=t("opening-nir") required=true
            hint=t("opening-nir-hint")
            value=nir errors inputmode="numeric" maxlength=25/>
        <fieldset class="field" id="card_type">
            <legend class="field__label">{t("opening-card-type")}<Required/></legend>
            {field_error(errors, Field::CardType)}
            <label class="choice"><input type="radio" name="form[card_type]" value="avec_photo"/><span class="choice__label">{t("opening-card-with-photo")}</span></label>
            <label class="choice"><input type="radio" name="form[card_type]" value="sans_photo"/><span class="choice__label">{t("opening-card-without-photo")}</span></label>
        </fieldset>
        <TextField field=Field::Serial name="form[serial]" label=t("opening-serial") required=true
            value=serial errors inputmode="numeric" maxlength=20/>
        <div class="field" id="presence">
            {field_error(errors, Field::Presence)}
            <label class="choice">
                <input type="checkbox" name="form[presence]" value="on"/>
                <span class="choice__label">{presence}</span>
            </label>
        </div>
    }
}

/// An e-mail address and a mobile number, each typed twice, none required
/// by the fields themselves (the form's rules say).
#[component]
pub fn ContactFields(
    errors: leptos::prelude::RwSignal<Vec<FieldError>>,
    /// « Adresse e-mail » when not given.
    #[prop(optional, into)]
    email_label: Option<String>,
    /// « Téléphone mobile » when not given.
    #[prop(optional, into)]
    mobile_label: Option<String>,
) -> impl leptos::IntoView {
    use crate::forms::ui::TextField;
    use leptos::prelude::*;
    let email_label = email_label.unwrap_or_else(|| t("opening-email"));
    let mobile_label = mobile_label.unwrap_or_else(|| t("opening-mobile"));
    let text = || RwSignal::new(String::new());
    let (email, email_confirm, mobile, mobile_confirm) = (text(), text(), text(), text());
    view! {
        <TextField field=Field::Email name="form[email]" label=email_label
            value=email errors input_type="email" maxlength=254/>
        <TextField field=Field::EmailConfirm name="form[email_confirm]" label=t("opening-email-confirm")
            value=email_confirm errors input_type="email" maxlength=254/>
        <TextField field=Field::Mobile name="form[mobile]" label=mobile_label
            hint=t("opening-mobile-hint") value=mobile errors input_type="tel" maxlength=20/>
        <TextField field=Field::MobileConfirm name="form[mobile_confirm]" label=t("opening-mobile-confirm")
            value=mobile_confirm errors input_type="tel" maxlength=20/>
    }
}

#[component]
pub fn QuestionsFields(
    errors: leptos::prelude::RwSignal<Vec<FieldError>>,
    minor: bool,
) -> impl leptos::IntoView {
    use crate::forms::people::RELATIONS;
    use crate::forms::ui::{Required, TextField};
    use leptos::prelude::*;
    let text = || RwSignal::new(String::new());
    let (rep_birth_name, rep_first_names) = (text(), text());
    let yes_no = move |field: Field, name: &'static str, legend: String| {
        view! {
            <fieldset class="field" id=field.id()>
                <legend class="field__label">{legend}<Required/></legend>
                {crate::forms::ui::field_error(errors, field)}
                <label class="choice"><input type="radio" name=name value="oui"/><span class="choice__label">{t("opening-yes")}</span></label>
                <label class="choice"><input type="radio" name=name value="non"/><span class="choice__label">{t("opening-no")}</span></label>
            </fieldset>
        }
    };
    view! {
        <fieldset class="group">
            <legend>{t("opening-q1-legend")}</legend>
            <p class="field__hint">{t("opening-q1-hint")}</p>
            <div class="field" id="accept">
                {crate::forms::ui::field_error(errors, Field::Accept)}
                <label class="choice">
                    <input type="checkbox" name="form[accept]" value="on"/>
                    <span class="choice__label">{t("opening-q1-accept")}</span>
                </label>
            </div>
        </fieldset>
        <fieldset class="group">
            <legend>{t("opening-q2-legend")}</legend>
            <p class="field__hint">{t("opening-q2-hint")}</p>
            {yes_no(Field::BrisDeGlace, "form[bris_de_glace]", t("opening-q2-break-glass"))}
            {yes_no(Field::Samu, "form[samu]", t("opening-q2-samu"))}
        </fieldset>
        <fieldset class="group">
            <legend>{t("opening-q3-legend")}</legend>
            <p class="field__hint">{t("opening-q3-hint")}</p>
            <ContactFields errors/>
        </fieldset>
        {minor.then(|| view! {
            <fieldset class="group">
                <legend>{t("opening-rep-legend")}</legend>
                <div class="field">
                    <label class="field__label" for="rep_relation">{t("opening-rep-relation")}<Required/></label>
                    {crate::forms::ui::field_error(errors, Field::RepRelation)}
                    <select class="field__input" id="rep_relation" name="form[rep_relation]">
                        <option value="">{t("opening-choose")}</option>
                        {RELATIONS.iter().map(|(code, label)| view! { <option value=*code>{t(label)}</option> }).collect_view()}
                    </select>
                </div>
                <TextField field=Field::RepBirthName name="form[rep_birth_name]" label=t("opening-rep-birth-name")
                    required=true value=rep_birth_name errors maxlength=80/>
                <TextField field=Field::RepFirstNames name="form[rep_first_names]" label=t("opening-rep-first-name")
                    required=true value=rep_first_names errors maxlength=80/>
            </fieldset>
        })}
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn answered() -> QuestionsForm {
        QuestionsForm {
            accept: Some("on".into()),
            samu: "non".into(),
            bris_de_glace: "oui".into(),
            ..QuestionsForm::default()
        }
    }

    #[test]
    fn the_three_questions_answered_without_any_contact_are_enough() {
        let i = answered().validate(false).unwrap();
        assert!(i.email.is_none() && i.mobile.is_none());
        assert!(!i.samu && i.bris_de_glace && i.representative.is_none());
    }

    #[test]
    fn each_question_must_be_answered_and_a_contact_given_is_typed_twice() {
        let form = QuestionsForm {
            email: "antoine@exemple.fr".into(),
            ..QuestionsForm::default()
        };
        let fields: Vec<Field> = form
            .validate(true)
            .unwrap_err()
            .iter()
            .map(|e| e.field)
            .collect();
        assert_eq!(
            fields,
            [
                Field::Accept,
                Field::BrisDeGlace,
                Field::Samu,
                Field::EmailConfirm,
                Field::RepRelation,
                Field::RepBirthName,
                Field::RepFirstNames,
            ]
        );
    }
}
