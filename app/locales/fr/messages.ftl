# What a form or a server function can say to a person: errors and
# notices, by code (the variants of `messages::Text` and the domain's
# refusals). Compiled by build.rs for the browser's instant checks too:
# only text, { $variables } and selects on a variable are allowed here.

Unavailable = Le service est momentanément indisponible. Vos informations n'ont pas été enregistrées : réessayez dans quelques minutes.
Interrupted = La connexion au service a été interrompue. Vérifiez votre connexion Internet puis réessayez : rien n'a été enregistré en double.
Malformed = Le formulaire envoyé n'a pas pu être lu. Rechargez la page puis réessayez : rien n'a été modifié.
ControlCharacter = Ce champ contient un caractère invisible (un caractère de contrôle) qui ne peut pas être enregistré : saisissez-le de nouveau. Rien n'a été enregistré.
UnreadableField = Un champ du formulaire est trop long ou contient un caractère invisible qui n'est pas accepté : rien n'a été enregistré.
WrongCredentials = Identifiant ou mot de passe incorrect. Après 5 erreurs, l'accès est bloqué 15 minutes par sécurité.
NotSignedIn = Votre connexion a expiré ou n'a pas commencé : saisissez de nouveau votre identifiant et votre mot de passe.
EnterLogin = Saisissez votre identifiant de connexion (sur votre document des secrets).
EnterPassword = Saisissez votre mot de passe.
DeskPresence = Cochez cette case : la personne (ou son représentant légal) est devant vous avec sa carte Vitale.
DeskNoMatch = Aucune personne ne correspond à ce numéro de sécurité sociale sur cette carte Vitale. Vérifiez les deux numéros et le type de carte.
DeskConsent = Cochez cette case une fois le DMP présenté et le consentement de la personne (ou de son représentant légal) recueilli : sans lui, le DMP n'est pas créé.
DeskAnswerSamu = Indiquez la réponse de la personne : le médecin du SAMU – Centre 15 peut-il consulter son DMP pendant un appel d'urgence ?
DeskAnswerBrisDeGlace = Indiquez la réponse de la personne : un professionnel de santé peut-il consulter son DMP en urgence, sans son accord ?
ProOpeningNoCard = Connectez-vous avec votre carte pour créer le DMP d'un patient.
DeskProof = Cochez cette case une fois vue la pièce qui établit la représentation : livret de famille ou jugement pour un enfant, jugement de tutelle pour un adulte.
DeskTwoRepresentatives = Ce DMP a déjà deux représentants légaux : mettez fin à l'accès de l'un d'eux avant d'en enregistrer un autre.
DeskCloseConfirm = Cochez cette case une fois la demande de clôture entendue et ses conséquences expliquées à la personne : rien n'a été clôturé.
WorkshopDate = Indiquez la date de l'atelier : aujourd'hui ou un jour à venir.
WorkshopPlace = Indiquez le lieu de l'atelier (200 caractères au plus).
WorkshopAssociation = Indiquez l'association qui organise l'atelier (200 caractères au plus).
WorkshopTheme = Choisissez le thème de l'atelier.
WorkshopExpected = Indiquez le nombre de participants attendus, de 1 à 500.
PracticeCardCode = Ce code ne correspond à aucune carte d'entraînement. Recopiez les 12 caractères du cadre « Code de la carte » (par exemple K7QP-3MZD-2XRT), ou demandez à l'animateur.
PracticeCount = Choisissez le nombre de cartes d'entraînement, de 1 à 60.
WorkshopNotToday = Cet atelier n'a pas lieu aujourd'hui ou il est terminé : cet appareil ne peut pas lui être rattaché.
DeskChooseRepresentative = Choisissez le représentant légal ou le tuteur présent : ce sont ses propres données de connexion qui sont remises.
DeskNobodyServed = Identifiez d'abord la personne avec sa carte Vitale.
DeskNoRecord = Cette personne n'a pas de DMP ouvert : créez-le d'abord.
DeskNeedsContact = Cette personne n'a pas encore d'accès internet à son DMP : indiquez une adresse e-mail ou un numéro de mobile pour lui remettre ses données de connexion.
DeskTooManySearches = Trop de recherches sans résultat depuis ce poste : attendez quelques minutes avant de recommencer.
StaffEnterLogin = Saisissez votre identifiant professionnel (par exemple agent.angers).
ChooseCodeChannel = Choisissez où recevoir votre code : par e-mail ou par SMS.
TooManyCodes = Trop de codes ont été demandés pour cette connexion. Reconnectez-vous dans quelques minutes.
CodeSixDigits = Le code reçu compte 6 chiffres.
CodeNoLongerValid = Ce code n'est plus valable. Demandez un nouveau code.
CodeExpired = Ce code a expiré : il n'est valable que { $minutes } minutes. Demandez un nouveau code.
CodeWrongTooOften = { $tries } erreurs : ce code n'est plus valable. Demandez un nouveau code.
CodeWrong = Code incorrect. Vérifiez le dernier code reçu ; il vous reste { $left ->
        [one] { $left } essai
       *[other] { $left } essais
    }.
RepresentationEnded = Votre accès en tant que représentant légal a pris fin : la personne est devenue majeure, son DMP a été clôturé, ou ce rôle vous a été retiré.
ClosedSignIn = Votre DMP est clôturé : il ne peut plus être consulté. Pendant les 10 ans qui suivent sa clôture, vous pouvez le rouvrir avec « Rouvrir mon DMP ».
PasswordTooGuessable = Ce mot de passe est trop facile à deviner. Allongez-le ou assemblez plusieurs mots sans rapport entre eux, par exemple « lapin-vert-soupe-nuage ».
NoMatch = Les informations saisies ne permettent pas de vous identifier. Vérifiez votre numéro de sécurité sociale, le numéro de série de votre carte Vitale et votre code de création.
LockedNir = Trop de tentatives ont échoué pour ce numéro de sécurité sociale. Par sécurité, réessayez dans { $minutes ->
        [one] { $minutes } minute
       *[other] { $minutes } minutes
    }.
LockedAddress = Trop de tentatives ont échoué depuis cette connexion. Par sécurité, réessayez dans 15 minutes.
AlreadyHasDmp = Vous avez déjà un DMP : il n'est pas possible d'en créer un second. Connectez-vous à votre DMP avec votre identifiant et votre mot de passe.
ClosedDmp = Vous avez déjà eu un DMP, qui a été clôturé. Vous pouvez le rouvrir, avec tous ses documents, pendant les 10 ans qui suivent sa clôture.
CreationExpired = Votre démarche a expiré ou a été interrompue : par sécurité, les informations saisies ont été effacées. Recommencez depuis la première étape.
CodeRequested = Si les informations saisies correspondent à un assuré, un nouveau code de création lui est envoyé par e-mail ou par courrier, à l'adresse connue de l'Assurance Maladie. Le courrier arrive sous quelques jours.
ChooseCardType = Indiquez si votre carte Vitale a une photo ou non.
EmailsDiffer = Les deux adresses e-mail ne sont pas identiques : saisissez la même adresse dans les deux champs.
MobilesDiffer = Les deux numéros de mobile ne sont pas identiques : saisissez le même numéro dans les deux champs.
NoContact = Indiquez au moins une adresse e-mail ou un numéro de mobile : vous y recevrez le code demandé à chaque connexion.
ChooseRepRelation = Choisissez le lien du représentant légal avec l'enfant.
RepNameEmpty = Saisissez le { $first ->
        [yes] prénom
       *[no] nom
    } du représentant légal.
RepNameTooLong = Le { $first ->
        [yes] prénom
       *[no] nom
    } est trop long ({ $max } caractères au plus).
RepNameCharacters = Le { $first ->
        [yes] prénom
       *[no] nom
    } ne peut contenir que des lettres, des espaces, des tirets et des apostrophes.
AcceptTerms = Cochez la case pour accepter les Conditions Générales d'Utilisation et consentir à la création du DMP : sans cet accord, le DMP ne peut pas être créé.
PasswordTooShort = Le mot de passe doit compter au moins { $min } caractères ; vous en avez saisi { $found }.
PasswordPersonal = Le mot de passe ne doit contenir ni votre identifiant, ni votre nom, ni votre prénom.
PasswordsDiffer = Les deux mots de passe ne sont pas identiques : saisissez le même dans les deux champs.
RecoveryClosed = Votre DMP est clôturé : rouvrez-le d'abord avec « Rouvrir mon DMP », avec ce même code.
RecoveryNoDmp = Aucun DMP n'est ouvert à votre nom : vous pouvez le créer avec ce même code.
CloseUnderstood = Cochez la case pour confirmer que vous avez compris les conséquences.
MotifTooLong = Le motif ne peut pas dépasser { $max } caractères.
PasswordToConfirm = Saisissez votre mot de passe pour confirmer.
CloseWrongPassword = Mot de passe incorrect : votre DMP n'a pas été clôturé.
ReopenConsent = Cochez la case pour donner votre accord à la réouverture de votre DMP.
ReopenNotClosed = Votre DMP est ouvert : il n'y a rien à rouvrir. Connectez-vous avec votre identifiant et votre mot de passe.
NotReopenable = Ce DMP ne peut plus être rouvert. Pour toute question, appelez le 36 46.
ReopenNoDmp = Aucun DMP clôturé n'est à votre nom : vous pouvez créer votre DMP avec ce même code.
PatientInsShape = L'INS est le numéro de sécurité sociale du patient : 15 caractères dont une clé de 2 chiffres, par exemple 2 84 07 75 056 123 22.
PatientIdentityMissing = Saisissez l'INS du patient, ou ses traits d'identité (nom de naissance, prénom, date de naissance, sexe).
PatientBirthName = Saisissez le nom de naissance du patient.
PatientFirstName = Saisissez le premier prénom du patient.
PatientBirthDate = Saisissez la date de naissance du patient (un jour qui existe).
PatientSex = Choisissez le sexe du patient.
TestCardsDemoOnly = Les cartes de test ne fonctionnent qu'en mode démonstration : utilisez votre carte dans un lecteur.
PinShape = Le code PIN de la carte compte 4 à 8 chiffres.
ProSessionEnded = Votre session a expiré : connectez-vous avec votre carte.
RepresentativesFull = Ce DMP a déjà deux représentants légaux, le nombre maximum. Pour en changer, l'un d'eux doit d'abord retirer son accès.
OnlyRepresentativesInvite = Seul un représentant légal d'un enfant mineur peut ajouter un second représentant légal à son DMP.
TooManyInvitations = Vous avez envoyé { $max } invitations aujourd'hui : réessayez demain.
InvitationCodeWrong = Ce code ne correspond à aucune invitation en cours pour cette adresse e-mail ou ce numéro de mobile. Vérifiez-les : après 3 erreurs, l'invitation doit être envoyée de nouveau par le représentant légal qui vous a invité.
InvitationAlreadyAccepted = Cette invitation a déjà été acceptée. Saisissez le mot de passe choisi alors pour retrouver votre accès, ou connectez-vous avec votre identifiant.
InvitationVoid = Cette invitation n'est plus valable : le DMP a déjà deux représentants légaux, l'enfant est devenu majeur, le DMP est clôturé, ou la personne qui vous a invité n'en est plus représentant légal. Rien n'a été créé.
EnterInvitationContact = Saisissez l'adresse e-mail ou le numéro de mobile auquel vous avez reçu le code.
EnterInvitationCode = Saisissez le code à 6 chiffres reçu dans le message d'invitation.
RemovalConfirmBox = Cochez la case pour confirmer.
RemovalNotAllowed = Vous pouvez retirer votre propre accès, ou celui d'un représentant légal que vous avez ajouté. Dans les autres cas, adressez-vous à l'accueil de votre caisse d'Assurance Maladie.
SecretAgreementBox = Cochez la case si le patient mineur a demandé que cette consultation reste secrète pour ses représentants légaux.
ProRecordClosed = DMP clôturé : ce dossier ne peut plus être consulté ni alimenté.
ProNoDmp = Aucun DMP trouvé pour ce patient. Vérifiez la saisie ; si le patient le souhaite, il peut créer son DMP.
ProConsentBox = Cochez la case si le patient vous a autorisé à accéder à son DMP. Sans son accord, vous ne pouvez pas le consulter (sauf urgence).
EmergencyReason = Indiquez le motif de l'urgence : il est transmis avec l'accès et le patient le verra.
EmergencyReasonTooLong = Le motif : 500 caractères au plus.
DocumentNotInRecord = Document introuvable dans ce DMP.
UnknownAction = Action inconnue.
AuthorOnlyChanges = Seul l'auteur d'un document peut le modifier ou le supprimer.
BlockOnPatientRequest = Cochez la case : un professionnel n'est bloqué qu'à la demande du patient.
BlockMedecinTraitantOnly = Seul un médecin traitant DMP du patient peut bloquer un professionnel, et pas un autre médecin traitant.
PinWrongLastTry = Code PIN incorrect. Attention : il vous reste 1 essai avant le blocage de la carte.
PinWrong = Code PIN incorrect. Il vous reste { $left } essais.
CardBlocked = Cette carte est bloquée après trois codes PIN erronés. Faites-la débloquer avec son code de déblocage (PUK).
UnknownCard = Choisissez une carte de la liste.
ChooseType = Choisissez le type de document.
ChooseFile = Choisissez le fichier à déposer.
FileTooLarge = Le fichier dépasse 5 Mo : choisissez un fichier plus léger.
VsmByMedecinTraitant = Le volet de synthèse médicale est déposé par un médecin traitant DMP du patient.
NotAPdf = Ce fichier n'est pas un PDF : déposez le document au format PDF.
NotAPdfNewVersion = Ce fichier n'est pas un PDF : déposez la nouvelle version au format PDF.
AuthorOnlyReplaces = Seul l'auteur d'un document peut le remplacer.
DocumentTitleMissing = Donnez un titre au document, par exemple « Ordonnance du Dr Martin ».
DocumentTitleTooLong = Le titre est trop long (200 caractères au plus).
DocumentDateInvalid = La date n'est pas valide : choisissez un jour.
DocumentDateFuture = La date ne peut pas être dans le futur.
NotDeletable = Ce document ne peut pas être supprimé : seuls les documents que vous avez déposés peuvent l'être.
AllergiesTooLong = Vos allergies : { $max } caractères au plus. Raccourcissez le texte.
HistoryTooLong = Vos antécédents : { $max } caractères au plus. Raccourcissez le texte.
OperationsTooLong = Vos opérations : { $max } caractères au plus. Raccourcissez le texte.
FreeNoteTooLong = Votre note : { $max } caractères au plus. Raccourcissez le texte.
PersonLastNameMissing = Indiquez le nom de la personne.
PersonFirstNameMissing = Indiquez le prénom de la personne.
HundredCharactersAtMost = 100 caractères au plus.
TooManyContacts = Vous avez déjà { $max } personnes à prévenir : retirez-en une avant d'en ajouter une autre.
ChooseBloodGroup = Choisissez votre groupe sanguin dans la liste, ou « Je ne sais pas ».
AddressTooLong = L'adresse : 200 caractères au plus.
PostalCodeMissing = Indiquez le code postal de votre adresse.
PostalCodeShape = Le code postal compte 5 chiffres, par exemple 75015.
TownMissing = Indiquez la commune de votre adresse.
TownTooLong = La commune : 100 caractères au plus.
RelationTooLong = Le lien : 60 caractères au plus.
PersonPhoneMissing = Indiquez le numéro de téléphone où joindre la personne.
DirectivesEmpty = Écrivez vos directives anticipées avant de les enregistrer.
ChooseAnswer = Choisissez une des réponses.
UnknownChannel = Moyen de contact inconnu.
ContactCodeWrong = Code incorrect. Il vous reste { $left ->
        [one] { $left } essai
       *[other] { $left } essais
    }.
ContactCodeEnded = Ce code n'est plus valable (expiré ou trop d'erreurs) : rien n'a été changé. Demandez un nouveau code.
TooManyContactCodes = Trop de codes ont été envoyés aujourd'hui pour changer un moyen de contact. Réessayez demain.
UnknownChoice = Choix inconnu : rien n'a été modifié.
HolderDocumentNotFound = Ce document est introuvable dans votre DMP : rien n'a été modifié.
ProfessionalNotFound = Ce professionnel est introuvable dans l'annuaire : rien n'a été modifié.
AnswerBothQuestions = Répondez aux deux questions (oui ou non) : rien n'a été modifié.
NoSuchSpace = Cet espace n'existe pas.
DocumentNotFound = Ce document est introuvable dans votre DMP.
MedecinTraitantNotBlockable = Votre médecin traitant DMP ne peut pas être bloqué. S'il ne doit plus avoir accès à votre DMP, demandez-lui de renoncer à ce rôle : vous pourrez ensuite le bloquer.
NotPdfOrImage = Ce fichier n'est ni un PDF, ni une image JPEG ou PNG : choisissez un autre fichier.
DirectivesTooLong = { $max } caractères au plus. Vous pouvez aussi déposer un document.

## The domain's rules (domain/*.rs)
NirEmpty = Saisissez votre numéro de sécurité sociale (15 caractères, au recto de votre carte Vitale).
NirLength = Le numéro de sécurité sociale compte 15 caractères (13 chiffres et une clé de 2 chiffres) ; vous en avez saisi { $found }.
NirCharacters = Le numéro de sécurité sociale ne contient que des chiffres, sauf 2A ou 2B pour une naissance en Corse.
NirSex = Le premier chiffre indique le sexe : il doit être 1 (homme) ou 2 (femme).
NirMonth = Les chiffres 4 et 5 (mois de naissance) ne correspondent pas à un mois : vérifiez-les sur votre carte Vitale.
NirDepartment = Les caractères 6 et 7 (département de naissance) ne sont pas valides : vérifiez-les sur votre carte Vitale.
# The expected key stays out of the message: it would let anyone forge a
# well-formed number without knowing it.
NirKey = Les 2 derniers chiffres (la clé) ne correspondent pas au reste du numéro : vérifiez votre saisie.
SerialEmpty = Saisissez le numéro de série de votre carte Vitale.
SerialCharacters = Le numéro de série ne contient que des chiffres (les espaces sont acceptés).
SerialLength = Le numéro de série compte de 8 à 13 chiffres ; vous en avez saisi { $found }.
CreationCodeEmpty = Saisissez le code de création de 12 caractères reçu par courrier ou par e-mail.
CreationCodeLength = Le code de création compte 12 caractères ; vous en avez saisi { $found }.
CreationCodeAmbiguous = Le code de création ne contient ni la lettre O ni la lettre I, ni les chiffres 0 et 1 : vérifiez ces caractères.
CreationCodeCharacters = Le code de création ne contient que des lettres et des chiffres.
EmailShape = L'adresse e-mail doit contenir un « @ », par exemple prenom.nom@exemple.fr.
EmailSpace = L'adresse e-mail ne doit pas contenir d'espace.
EmailTooLong = L'adresse e-mail est trop longue (254 caractères au plus).
MobileShape = Le numéro de mobile compte 10 chiffres et commence par 06 ou 07, par exemple 06 12 34 56 78.
PhoneShape = Le numéro de téléphone compte 10 chiffres, par exemple 01 23 45 67 89 ; pour un numéro étranger, commencez par + et l'indicatif du pays.
VisibilityCumulated = Un document ne peut pas être à la fois masqué aux professionnels et non visible par le patient.
VisibilityNotAMinor = « Non visible par les représentants légaux » ne concerne que le DMP d'un patient mineur.
SecretModeNotAMinor = La connexion secrète ne concerne que le DMP d'un patient mineur.
SecretModeNotAProfessional = La connexion secrète demande la carte d'un professionnel de santé.
RefusalNotFound = Document introuvable.
RefusalClosed = Ce DMP est clôturé : il ne peut plus être consulté.
RefusalNoRole = Vous n'avez pas accès à ce DMP.
RefusalBlocked = Le patient ne vous a pas autorisé à accéder à son DMP.
RefusalNoConsent = Pour consulter ce DMP, déclarez que le patient vous y a autorisé.
RefusalExpired = L'autorisation du patient a expiré : déclarez-la à nouveau pour consulter son DMP.
RefusalNotRegulator = Seul le médecin régulateur d'un SAMU–Centre 15 peut utiliser ce mode d'accès.
RefusalOpposed = Le patient s'est opposé à ce mode d'accès en urgence.
RefusalMasked = Ce document a été masqué aux professionnels de santé.
RefusalHidden = Document introuvable.
RefusalNotInMatrix = Votre profession ne permet pas de consulter ce type de document.
