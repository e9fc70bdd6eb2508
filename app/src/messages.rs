//! The catalogue of the portal's own messages: what a form or a server
//! function can say to a person, each sentence under a code.
//!
//! Errors travel between server and page as codes (with numbers where a
//! sentence has one), never as text: a page only ever shows a sentence of
//! this catalogue, whatever an address or a body claims. The domain's own
//! refusals (a NIR, a serial, a contact…) keep their sentences beside their
//! rules and are part of the catalogue through [`Msg`].

use crate::domain::access::{Refusal, SecretModeError, VisibilityError};
use crate::domain::contact::{EmailError, MobileError, PhoneError};
use crate::domain::creation_code::CreationCodeError;
use crate::domain::nir::NirError;
use crate::domain::vitale::VitaleSerialError;
use serde::{Deserialize, Serialize};

/// Declares [`Text`]: one variant per sentence, its French in `text()`.
/// A sentence with a number names it in braces, as `format!` does; more
/// arguments (a plural) follow in brackets.
macro_rules! catalogue {
    ($( $(#[$doc:meta])* $name:ident $({ $($arg:ident : $ty:ty),* })?
        => $text:literal $([$($farg:expr),+])?, )*) => {
        /// The portal's own sentences, by code.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
        pub enum Text {
            $( $(#[$doc])* $name $({ $($arg: $ty),* })?, )*
        }

        impl Text {
            pub fn text(&self) -> String {
                match *self {
                    $( Text::$name $({ $($arg),* })? => format!($text $(, $($farg),+)?), )*
                }
            }
        }
    };
}

/// A message the portal can show: one of its own sentences, or a domain rule's.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Msg {
    Text(Text),
    Nir(NirError),
    Serial(VitaleSerialError),
    CreationCode(CreationCodeError),
    Email(EmailError),
    Mobile(MobileError),
    Phone(PhoneError),
    Visibility(VisibilityError),
    SecretMode(SecretModeError),
    Access(Refusal),
}

impl Msg {
    pub fn text(&self) -> String {
        match self {
            Msg::Text(t) => t.text(),
            Msg::Nir(e) => e.to_string(),
            Msg::Serial(e) => e.to_string(),
            Msg::CreationCode(e) => e.to_string(),
            Msg::Email(e) => e.to_string(),
            Msg::Mobile(e) => e.to_string(),
            Msg::Phone(e) => e.to_string(),
            Msg::Visibility(e) => e.to_string(),
            Msg::SecretMode(e) => e.to_string(),
            Msg::Access(r) => r.message().to_string(),
        }
    }
}

impl std::fmt::Display for Msg {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.text())
    }
}

macro_rules! into_msg {
    ($($t:ty => $v:ident),*) => {
        $(impl From<$t> for Msg {
            fn from(e: $t) -> Self {
                Msg::$v(e)
            }
        })*
    };
}
into_msg!(Text => Text, NirError => Nir, VitaleSerialError => Serial,
    CreationCodeError => CreationCode, EmailError => Email, MobileError => Mobile,
    PhoneError => Phone, VisibilityError => Visibility, SecretModeError => SecretMode,
    Refusal => Access);

fn plural(n: impl Into<i64>) -> &'static str {
    if n.into() > 1 {
        "s"
    } else {
        ""
    }
}

fn name_word(first: bool) -> &'static str {
    if first {
        "prénom"
    } else {
        "nom"
    }
}

catalogue! {
    // The service and the connection.
    /// Nothing was saved; said for every fault, whatever its cause.
    Unavailable => "Le service est momentanément indisponible. Vos informations n'ont pas été \
        enregistrées : réessayez dans quelques minutes.",
    /// The answer never came back (browser side).
    Interrupted => "La connexion au service a été interrompue. Vérifiez votre connexion Internet \
        puis réessayez : rien n'a été enregistré en double.",
    /// The request could not be read as this form's.
    Malformed => "Le formulaire envoyé n'a pas pu être lu. Rechargez la page puis réessayez : \
        rien n'a été modifié.",
    ControlCharacter => "Ce champ contient un caractère invisible (un caractère de contrôle) \
        qui ne peut pas être enregistré : saisissez-le de nouveau. Rien n'a été enregistré.",
    UnreadableField => "Un champ du formulaire est trop long ou contient un caractère \
        invisible qui n'est pas accepté : rien n'a été enregistré.",
    // Signing in.
    /// Never says whether the login exists, nor whether the account is locked.
    WrongCredentials => "Identifiant ou mot de passe incorrect. Après 5 erreurs, l'accès est \
        bloqué 15 minutes par sécurité.",
    NotSignedIn => "Votre connexion a expiré ou n'a pas commencé : saisissez de nouveau votre \
        identifiant et votre mot de passe.",
    EnterLogin => "Saisissez votre identifiant de connexion (sur votre document des secrets).",
    EnterPassword => "Saisissez votre mot de passe.",
    DeskPresence => "Cochez cette case : la personne (ou son représentant légal) est devant vous \
        avec sa carte Vitale.",
    DeskNoMatch => "Aucune personne ne correspond à ce numéro de sécurité sociale sur cette carte \
        Vitale. Vérifiez les deux numéros et le type de carte.",
    DeskConsent => "Cochez cette case une fois le DMP présenté et le consentement de la personne \
        (ou de son représentant légal) recueilli : sans lui, le DMP n'est pas créé.",
    DeskAnswerSamu => "Indiquez la réponse de la personne : le médecin du SAMU – Centre 15 peut-il \
        consulter son DMP pendant un appel d'urgence ?",
    DeskAnswerBrisDeGlace => "Indiquez la réponse de la personne : un professionnel de santé \
        peut-il consulter son DMP en urgence, sans son accord ?",
    ProOpeningNoCard => "Connectez-vous avec votre carte pour créer le DMP d'un patient.",
    DeskProof => "Cochez cette case une fois vue la pièce qui établit la représentation : livret \
        de famille ou jugement pour un enfant, jugement de tutelle pour un adulte.",
    DeskTwoRepresentatives => "Ce DMP a déjà deux représentants légaux : mettez fin à l'accès de \
        l'un d'eux avant d'en enregistrer un autre.",
    DeskCloseConfirm => "Cochez cette case une fois la demande de clôture entendue et ses \
        conséquences expliquées à la personne : rien n'a été clôturé.",
    WorkshopDate => "Indiquez la date de l'atelier : aujourd'hui ou un jour à venir.",
    WorkshopPlace => "Indiquez le lieu de l'atelier (200 caractères au plus).",
    WorkshopAssociation => "Indiquez l'association qui organise l'atelier (200 caractères au plus).",
    WorkshopTheme => "Choisissez le thème de l'atelier.",
    WorkshopExpected => "Indiquez le nombre de participants attendus, de 1 à 500.",
    PracticeCardCode => "Ce code ne correspond à aucune carte d'entraînement. Recopiez les 12 \
        caractères du cadre « Code de la carte » (par exemple K7QP-3MZD-2XRT), ou demandez à \
        l'animateur.",
    PracticeCount => "Choisissez le nombre de cartes d'entraînement, de 1 à 60.",
    WorkshopNotToday => "Cet atelier n'a pas lieu aujourd'hui ou il est terminé : cet appareil ne \
        peut pas lui être rattaché.",
    DeskChooseRepresentative => "Choisissez le représentant légal ou le tuteur présent : ce sont \
        ses propres données de connexion qui sont remises.",
    DeskNobodyServed => "Identifiez d'abord la personne avec sa carte Vitale.",
    DeskNoRecord => "Cette personne n'a pas de DMP ouvert : créez-le d'abord.",
    DeskNeedsContact => "Cette personne n'a pas encore d'accès internet à son DMP : indiquez une \
        adresse e-mail ou un numéro de mobile pour lui remettre ses données de connexion.",
    DeskTooManySearches => "Trop de recherches sans résultat depuis ce poste : attendez quelques \
        minutes avant de recommencer.",
    StaffEnterLogin => "Saisissez votre identifiant professionnel (par exemple agent.angers).",
    ChooseCodeChannel => "Choisissez où recevoir votre code : par e-mail ou par SMS.",
    TooManyCodes => "Trop de codes ont été demandés pour cette connexion. Reconnectez-vous dans \
        quelques minutes.",
    CodeSixDigits => "Le code reçu compte 6 chiffres.",
    CodeNoLongerValid => "Ce code n'est plus valable. Demandez un nouveau code.",
    CodeExpired { minutes: i64 } => "Ce code a expiré : il n'est valable que {minutes} minutes. \
        Demandez un nouveau code.",
    CodeWrongTooOften { tries: i16 } => "{tries} erreurs : ce code n'est plus valable. Demandez \
        un nouveau code.",
    CodeWrong { left: i16 } => "Code incorrect. Vérifiez le dernier code reçu ; il vous reste \
        {left} essai{}." [plural(left)],
    /// After a right password only; says nothing of the record.
    RepresentationEnded => "Votre accès en tant que représentant légal a pris fin : la \
        personne est devenue majeure, son DMP a été clôturé, ou ce rôle vous a été retiré.",
    /// After a right password only: nobody else learns that the record exists.
    ClosedSignIn => "Votre DMP est clôturé : il ne peut plus être consulté. Pendant les 10 ans \
        qui suivent sa clôture, vous pouvez le rouvrir avec « Rouvrir mon DMP ».",
    PasswordTooGuessable => "Ce mot de passe est trop facile à deviner. Allongez-le ou \
        assemblez plusieurs mots sans rapport entre eux, par exemple « lapin-vert-soupe-nuage \
        ».",
    // Creating a DMP.
    NoMatch => "Les informations saisies ne permettent pas de vous identifier. Vérifiez votre \
        numéro de sécurité sociale, le numéro de série de votre carte Vitale et votre code de \
        création.",
    LockedNir { minutes: i64 } => "Trop de tentatives ont échoué pour ce numéro de sécurité \
        sociale. Par sécurité, réessayez dans {minutes} minute{}." [plural(minutes)],
    LockedAddress => "Trop de tentatives ont échoué depuis cette connexion. Par sécurité, \
        réessayez dans 15 minutes.",
    AlreadyHasDmp => "Vous avez déjà un DMP : il n'est pas possible d'en créer un second. \
        Connectez-vous à votre DMP avec votre identifiant et votre mot de passe.",
    ClosedDmp => "Vous avez déjà eu un DMP, qui a été clôturé. Vous pouvez le rouvrir, avec tous \
        ses documents, pendant les 10 ans qui suivent sa clôture.",
    CreationExpired => "Votre démarche a expiré ou a été interrompue : par sécurité, les \
        informations saisies ont été effacées. Recommencez depuis la première étape.",
    /// The same answer whatever the request matched.
    CodeRequested => "Si les informations saisies correspondent à un assuré, un nouveau code de \
        création lui est envoyé par e-mail ou par courrier, à l'adresse connue de l'Assurance \
        Maladie. Le courrier arrive sous quelques jours.",
    ChooseCardType => "Indiquez si votre carte Vitale a une photo ou non.",
    EmailsDiffer => "Les deux adresses e-mail ne sont pas identiques : saisissez la même adresse \
        dans les deux champs.",
    MobilesDiffer => "Les deux numéros de mobile ne sont pas identiques : saisissez le même \
        numéro dans les deux champs.",
    NoContact => "Indiquez au moins une adresse e-mail ou un numéro de mobile : vous y recevrez \
        le code demandé à chaque connexion.",
    ChooseRepRelation => "Choisissez le lien du représentant légal avec l'enfant.",
    RepNameEmpty { first: bool } => "Saisissez le {} du représentant légal." [name_word(first)],
    RepNameTooLong { first: bool, max: usize } => "Le {} est trop long ({max} caractères au \
        plus)." [name_word(first)],
    RepNameCharacters { first: bool } => "Le {} ne peut contenir que des lettres, des espaces, \
        des tirets et des apostrophes." [name_word(first)],
    AcceptTerms => "Cochez la case pour accepter les Conditions Générales d'Utilisation et \
        consentir à la création du DMP : sans cet accord, le DMP ne peut pas être créé.",
    // Passwords.
    PasswordTooShort { min: usize, found: usize } => "Le mot de passe doit compter au moins \
        {min} caractères ; vous en avez saisi {found}.",
    PasswordPersonal => "Le mot de passe ne doit contenir ni votre identifiant, ni votre nom, ni \
        votre prénom.",
    PasswordsDiffer => "Les deux mots de passe ne sont pas identiques : saisissez le même dans \
        les deux champs.",
    // Recovering the connection data, closing and reopening.
    RecoveryClosed => "Votre DMP est clôturé : rouvrez-le d'abord avec « Rouvrir mon DMP », \
        avec ce même code.",
    RecoveryNoDmp => "Aucun DMP n'est ouvert à votre nom : vous pouvez le créer avec ce même \
        code.",
    CloseUnderstood => "Cochez la case pour confirmer que vous avez compris les conséquences.",
    MotifTooLong { max: usize } => "Le motif ne peut pas dépasser {max} caractères.",
    PasswordToConfirm => "Saisissez votre mot de passe pour confirmer.",
    CloseWrongPassword => "Mot de passe incorrect : votre DMP n'a pas été clôturé.",
    ReopenConsent => "Cochez la case pour donner votre accord à la réouverture de votre DMP.",
    ReopenNotClosed => "Votre DMP est ouvert : il n'y a rien à rouvrir. Connectez-vous avec \
        votre identifiant et votre mot de passe.",
    NotReopenable => "Ce DMP ne peut plus être rouvert. Pour toute question, appelez le 36 46.",
    ReopenNoDmp => "Aucun DMP clôturé n'est à votre nom : vous pouvez créer votre DMP avec ce \
        même code.",
    PatientInsShape => "L'INS est le numéro de sécurité sociale du patient : 15 caractères dont \
        une clé de 2 chiffres, par exemple 2 84 07 75 056 123 22.",
    PatientIdentityMissing => "Saisissez l'INS du patient, ou ses traits d'identité (nom de \
        naissance, prénom, date de naissance, sexe).",
    PatientBirthName => "Saisissez le nom de naissance du patient.",
    PatientFirstName => "Saisissez le premier prénom du patient.",
    PatientBirthDate => "Saisissez la date de naissance du patient (un jour qui existe).",
    PatientSex => "Choisissez le sexe du patient.",
    TestCardsDemoOnly => "Les cartes de test ne fonctionnent qu'en mode démonstration : \
        utilisez votre carte dans un lecteur.",
    PinShape => "Le code PIN de la carte compte 4 à 8 chiffres.",
    ProSessionEnded => "Votre session a expiré : connectez-vous avec votre carte.",
    // Legal representatives.
    RepresentativesFull => "Ce DMP a déjà deux représentants légaux, le nombre maximum. Pour en \
        changer, l'un d'eux doit d'abord retirer son accès.",
    OnlyRepresentativesInvite => "Seul un représentant légal d'un enfant mineur peut ajouter un \
        second représentant légal à son DMP.",
    TooManyInvitations { max: i64 } => "Vous avez envoyé {max} invitations aujourd'hui : \
        réessayez demain.",
    InvitationCodeWrong => "Ce code ne correspond à aucune invitation en cours pour cette adresse \
        e-mail ou ce numéro de mobile. Vérifiez-les : après 3 erreurs, l'invitation doit être \
        envoyée de nouveau par le représentant légal qui vous a invité.",
    /// The right code, for an invitation already answered with another password.
    InvitationAlreadyAccepted => "Cette invitation a déjà été acceptée. Saisissez le mot de passe \
        choisi alors pour retrouver votre accès, ou connectez-vous avec votre identifiant.",
    InvitationVoid => "Cette invitation n'est plus valable : le DMP a déjà deux représentants \
        légaux, l'enfant est devenu majeur, le DMP est clôturé, ou la personne qui vous a invité \
        n'en est plus représentant légal. Rien n'a été créé.",
    EnterInvitationContact => "Saisissez l'adresse e-mail ou le numéro de mobile auquel vous avez \
        reçu le code.",
    EnterInvitationCode => "Saisissez le code à 6 chiffres reçu dans le message d'invitation.",
    RemovalConfirmBox => "Cochez la case pour confirmer.",
    RemovalNotAllowed => "Vous pouvez retirer votre propre accès, ou celui d'un représentant légal \
        que vous avez ajouté. Dans les autres cas, adressez-vous à l'accueil de votre caisse \
        d'Assurance Maladie.",
    SecretAgreementBox => "Cochez la case si le patient mineur a demandé que cette consultation \
        reste secrète pour ses représentants légaux.",
    ProRecordClosed => "DMP clôturé : ce dossier ne peut plus être consulté ni alimenté.",
    ProNoDmp => "Aucun DMP trouvé pour ce patient. Vérifiez la saisie ; si le patient le \
        souhaite, il peut créer son DMP.",
    ProConsentBox => "Cochez la case si le patient vous a autorisé à accéder à son DMP. Sans \
        son accord, vous ne pouvez pas le consulter (sauf urgence).",
    EmergencyReason => "Indiquez le motif de l'urgence : il est transmis avec l'accès et le \
        patient le verra.",
    EmergencyReasonTooLong => "Le motif : 500 caractères au plus.",
    DocumentNotInRecord => "Document introuvable dans ce DMP.",
    UnknownAction => "Action inconnue.",
    AuthorOnlyChanges => "Seul l'auteur d'un document peut le modifier ou le supprimer.",
    BlockOnPatientRequest => "Cochez la case : un professionnel n'est bloqué qu'à la demande du \
        patient.",
    BlockMedecinTraitantOnly => "Seul un médecin traitant DMP du patient peut bloquer un \
        professionnel, et pas un autre médecin traitant.",
    PinWrongLastTry => "Code PIN incorrect. Attention : il vous reste 1 essai avant le blocage \
        de la carte.",
    PinWrong { left: i16 } => "Code PIN incorrect. Il vous reste {left} essais.",
    CardBlocked => "Cette carte est bloquée après trois codes PIN erronés. Faites-la débloquer \
        avec son code de déblocage (PUK).",
    UnknownCard => "Choisissez une carte de la liste.",
    // Documents.
    ChooseType => "Choisissez le type de document.",
    ChooseFile => "Choisissez le fichier à déposer.",
    FileTooLarge => "Le fichier dépasse 5 Mo : choisissez un fichier plus léger.",
    VsmByMedecinTraitant => "Le volet de synthèse médicale est déposé par un médecin traitant \
        DMP du patient.",
    NotAPdf => "Ce fichier n'est pas un PDF : déposez le document au format PDF.",
    NotAPdfNewVersion => "Ce fichier n'est pas un PDF : déposez la nouvelle version au format \
        PDF.",
    AuthorOnlyReplaces => "Seul l'auteur d'un document peut le remplacer.",
    DocumentTitleMissing => "Donnez un titre au document, par exemple « Ordonnance du Dr Martin \
        ».",
    DocumentTitleTooLong => "Le titre est trop long (200 caractères au plus).",
    DocumentDateInvalid => "La date n'est pas valide : choisissez un jour.",
    DocumentDateFuture => "La date ne peut pas être dans le futur.",
    NotDeletable => "Ce document ne peut pas être supprimé : seuls les documents que vous avez \
        déposés peuvent l'être.",
    // The personal space.
    AllergiesTooLong { max: usize } => "Vos allergies : {max} caractères au plus. Raccourcissez \
        le texte.",
    HistoryTooLong { max: usize } => "Vos antécédents : {max} caractères au plus. Raccourcissez \
        le texte.",
    OperationsTooLong { max: usize } => "Vos opérations : {max} caractères au plus. \
        Raccourcissez le texte.",
    FreeNoteTooLong { max: usize } => "Votre note : {max} caractères au plus. Raccourcissez le \
        texte.",
    PersonLastNameMissing => "Indiquez le nom de la personne.",
    PersonFirstNameMissing => "Indiquez le prénom de la personne.",
    HundredCharactersAtMost => "100 caractères au plus.",
    TooManyContacts { max: i64 } => "Vous avez déjà {max} personnes à prévenir : retirez-en une \
        avant d'en ajouter une autre.",
    ChooseBloodGroup => "Choisissez votre groupe sanguin dans la liste, ou « Je ne sais pas ».",
    AddressTooLong => "L'adresse : 200 caractères au plus.",
    PostalCodeMissing => "Indiquez le code postal de votre adresse.",
    PostalCodeShape => "Le code postal compte 5 chiffres, par exemple 75015.",
    TownMissing => "Indiquez la commune de votre adresse.",
    TownTooLong => "La commune : 100 caractères au plus.",
    RelationTooLong => "Le lien : 60 caractères au plus.",
    PersonPhoneMissing => "Indiquez le numéro de téléphone où joindre la personne.",
    DirectivesEmpty => "Écrivez vos directives anticipées avant de les enregistrer.",
    ChooseAnswer => "Choisissez une des réponses.",
    // Notification settings and contact changes.
    UnknownChannel => "Moyen de contact inconnu.",
    ContactCodeWrong { left: i16 } => "Code incorrect. Il vous reste {left} essai{}." [plural(left)],
    ContactCodeEnded => "Ce code n'est plus valable (expiré ou trop d'erreurs) : rien n'a été \
        changé. Demandez un nouveau code.",
    TooManyContactCodes => "Trop de codes ont été envoyés aujourd'hui pour changer un moyen de \
        contact. Réessayez demain.",
    UnknownChoice => "Choix inconnu : rien n'a été modifié.",
    HolderDocumentNotFound => "Ce document est introuvable dans votre DMP : rien n'a été \
        modifié.",
    ProfessionalNotFound => "Ce professionnel est introuvable dans l'annuaire : rien n'a été \
        modifié.",
    AnswerBothQuestions => "Répondez aux deux questions (oui ou non) : rien n'a été modifié.",
    NoSuchSpace => "Cet espace n'existe pas.",
    DocumentNotFound => "Ce document est introuvable dans votre DMP.",
    MedecinTraitantNotBlockable => "Votre médecin traitant DMP ne peut pas être bloqué. S'il ne \
        doit plus avoir accès à votre DMP, demandez-lui de renoncer à ce rôle : vous pourrez \
        ensuite le bloquer.",
    NotPdfOrImage => "Ce fichier n'est ni un PDF, ni une image JPEG ou PNG : choisissez un \
        autre fichier.",
    DirectivesTooLong { max: usize } => "{max} caractères au plus. Vous pouvez aussi déposer un \
        document.",
}

#[cfg(all(test, feature = "ssr"))]
mod tests {
    use super::*;

    #[test]
    fn a_message_travels_as_its_code_and_numbers_only() {
        let msg = Msg::from(NirError::Key { expected: 42 });
        let wire = serde_json::to_string(&msg).unwrap();
        assert!(!wire.contains("42") && !wire.contains("clé"), "{wire}");
        let back: Msg = serde_json::from_str(&wire).unwrap();
        assert!(back.text().contains("la clé"));
        let locked: Msg = serde_json::from_str(r#"{"Text":{"LockedNir":{"minutes":2}}}"#).unwrap();
        assert!(locked.text().contains("2 minutes"), "{}", locked.text());
        // A text that is not a code is not a message.
        assert!(serde_json::from_str::<Msg>(r#"{"Text":"Appelez le 08 99 00 00 00"}"#).is_err());
    }
}
