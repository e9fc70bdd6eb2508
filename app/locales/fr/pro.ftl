# pro pages (issue 17).

## Card sign-in and the home of the professional space
pro-title = Espace professionnel de santé
pro-reader-needed = La connexion avec une carte de professionnel de santé demande un lecteur de carte, que ce portail ne prend pas encore en charge.
# Followed by the card holder's name.
pro-signed-in-with = Connecté avec la carte de :
pro-create-record = Créer le DMP d'un patient
pro-create-intro = Le patient n'a pas encore de DMP ? Avec sa carte Vitale et son accord, vous pouvez le créer.
pro-sign-out = Retirer ma carte (déconnexion)
pro-card-intro = Connectez-vous avec votre carte de professionnel de santé (CPS).
pro-card-demo = Dans cette démonstration, choisissez une carte de test : toutes ont le code PIN 1234.
pro-card-pin-limit = Trois codes PIN erronés bloquent la carte.
pro-card = Carte
# A test card's label (from the database), then its state.
pro-card-blocked = { $label } (bloquée)
pro-pin = Code PIN
pro-pin-submit = Valider le code PIN

## Finding a patient's record
pro-search-heading = Rechercher le DMP d'un patient
pro-search-intro = Saisissez l'INS du patient, ou ses traits d'identité. La réponse dit seulement si un DMP existe.
pro-search-ins = INS (numéro de sécurité sociale du patient)
pro-search-traits = Ou ses traits d'identité
pro-birth-name = Nom de naissance
pro-first-name = Premier prénom
pro-birth-date = Date de naissance
pro-sex = Sexe
pro-choose = Choisissez
pro-sex-female = Féminin
pro-sex-male = Masculin
pro-search-submit = Rechercher le DMP

## The banners and header of every page of a record
pro-emergency-traced = Cet accès est tracé et le patient en est informé.
pro-emergency-centre15 = Accès en mode SAMU–Centre 15 (régulation)
pro-emergency-break-glass = Accès en mode bris de glace — motif : { $reason }
pro-secret-heading = Connexion secrète
pro-secret-banner = À la demande du patient mineur, les documents que vous déposez et vos accès à son DMP ne sont pas visibles de ses représentants légaux, et ils n'en sont pas informés.
pro-secret-leave = Quitter la connexion secrète
pro-holder-card = Carte : { $holder }
pro-patient = Patient
pro-born = Né(e) le
pro-access = Accès
pro-record-exists = Un DMP existe pour ce patient.
# How the professional reads the record (after « Accès »).
pro-right-authorisation = avec l'autorisation du patient
pro-right-doctor = en tant que médecin traitant DMP
pro-right-break-glass = en mode bris de glace
pro-right-centre15 = en mode SAMU–Centre 15
pro-right-author = en tant qu'auteur du document

## The patient's record
pro-secret-intro = Ce patient est mineur. S'il vous demande de garder le secret vis-à-vis de ses représentants légaux (parents, tuteur), passez en connexion secrète : les documents que vous déposerez ne leur seront pas visibles, et vos accès n'apparaîtront pas dans l'historique qu'ils consultent.
pro-secret-agreement = Le patient mineur m'a demandé que cette consultation reste secrète pour ses représentants légaux
pro-secret-submit = Passer en connexion secrète
pro-record-title = DMP du patient – Espace professionnel
pro-record-back = ← Espace professionnel (rechercher un autre patient)
pro-record-heading = DMP du patient
pro-record-sign-in = Connectez-vous avec votre carte, puis recherchez le patient.
pro-space = Espace professionnel
pro-deposited = Le document est déposé dans le DMP du patient.
pro-deposit = Déposer un document
pro-feeding-only = Le compte d'alimentation d'un établissement dépose des documents ; il ne consulte pas le DMP.
pro-documents = Documents
# A space's title and its number of documents.
pro-space-count = { $space } : { $n }
pro-no-documents = Aucun document que votre profession permet de consulter.
pro-documents-caption = Documents du DMP
pro-date = Date
pro-document = Document
pro-type = Type
pro-author = Auteur
pro-badge-masked = Masqué aux professionnels
pro-badge-invisible-patient = Non visible par le patient
pro-badge-invisible-reps = Non visible par les représentants légaux
pro-consent-heading = Autorisation du patient
pro-consent-box = Le patient m'a autorisé à accéder à son DMP
pro-consent-doctor = Avec son accord, je deviens son médecin traitant DMP (je verrai aussi les documents masqués aux professionnels)
pro-consent-submit = Accéder au DMP
pro-emergency-heading = Accès en urgence
pro-regulator-intro = Médecin régulateur : pendant un appel au SAMU–Centre 15, vous pouvez consulter le DMP sans autorisation, sauf si le patient s'y est opposé.
pro-centre15-submit = Accéder en mode SAMU–Centre 15
pro-break-glass-intro = Bris de glace : si l'état du patient comporte un risque immédiat pour sa santé, vous pouvez accéder à son DMP sans son autorisation, sauf s'il s'y est opposé. Le motif est transmis avec l'accès, tracé, et le patient en est informé.
pro-emergency-reason = Motif de l'urgence
pro-break-glass-submit = Accéder en mode bris de glace

## What a médecin traitant DMP sees and does
pro-history-heading = Accès des autres professionnels (médecin traitant)
pro-history-none = Aucun autre professionnel n'a accédé à ce DMP.
pro-history-caption = Accès des autres professionnels
pro-professional = Professionnel
pro-action = Action
pro-right = Droit
# A right (one of pro-right-…), then the reason given for an emergency access.
pro-history-right-reason = { $right } — motif : { $reason }
pro-block-heading = Bloquer un professionnel à la demande du patient
# $names: the professionals' names, separated by commas.
pro-already-blocked = Déjà bloqués : { $names }.
pro-block-none = Aucun autre professionnel n'a d'autorisation sur ce DMP.
pro-block-request = Le patient me demande de bloquer ce professionnel
pro-block = Bloquer

## Depositing a document
pro-deposit-title = Déposer un document – DMP du patient
pro-back-record = ← DMP du patient
pro-deposit-intro = Le document doit être un PDF (5 Mo au plus). Déposer un document ne demande pas l'autorisation du patient.
pro-deposit-type = Type de document
# A document type's label (from the database), then its space's title.
pro-deposit-type-option = { $label } — espace { $space }
pro-deposit-title-label = Titre
pro-deposit-date = Date des soins
pro-deposit-date-hint = Laissez vide pour la date du jour.
pro-deposit-file = Fichier PDF
pro-visibility = Visibilité
pro-visibility-hint = Un document ne peut pas être à la fois masqué aux professionnels et non visible par le patient.
pro-visibility-masked = Masqué aux professionnels de santé (sauf médecins traitants et vous-même)
pro-visibility-invisible-patient = Non visible par le patient, jusqu'à la consultation d'annonce
pro-visibility-secret = Connexion secrète : ce document ne sera pas visible des représentants légaux (secret du mineur), et ils n'en seront pas informés.
pro-visibility-invisible-reps = Non visible par les représentants légaux (secret du mineur)
pro-deposit-submit = Déposer le document

## One document
pro-document-not-found = Document introuvable
pro-document-title = { $title } – DMP du patient
pro-document-invisible-patient = Attention, ce document n'est pas visible du patient.
pro-document-invisible-reps = Attention, ce document n'est pas visible des représentants légaux pour préserver le secret du mineur titulaire du DMP.
pro-download = Télécharger
# The frame's title and the image's alternative: the document's title.
pro-document-frame = Document : { $title }
pro-author-heading = Vous êtes l'auteur de ce document
pro-author-show = La consultation d'annonce a eu lieu : rendre visible au patient
pro-author-new-version = Nouvelle version (PDF)
pro-author-new-version-hint = L'ancienne version est conservée dans l'historique du document.
pro-author-replace = Remplacer le document
pro-author-delete = Supprimer ce document

## Creating a patient's record
pro-opening-title = Créer le DMP d'un patient – Espace professionnel
pro-opening-back = Retour à l'espace professionnel
pro-opening-sign-in = Connectez-vous avec votre carte pour créer le DMP d'un patient.
pro-opening-sign-in-button = Me connecter avec ma carte
pro-opening-card-heading = Identifier le patient avec sa carte Vitale
pro-opening-presence = Le patient (ou son représentant légal) est devant moi avec sa carte Vitale.
pro-opening-identify = Identifier le patient
pro-opening-identified = Patient identifié
pro-name = Nom
pro-opening-dmp = DMP
pro-opening-has-record = Ce patient a déjà un DMP : recherchez-le depuis l'espace professionnel.
pro-opening-next = Patient suivant
pro-handover-login = DMP créé. Identifiant du patient : { $login }. Imprimez le document des secrets et remettez-le au patient : le mot de passe initial n'apparaît que sur ce document.
pro-handover-unavailable = DMP créé. Le document des secrets n'est plus disponible : le patient peut obtenir de nouvelles données de connexion à un accueil de l'Assurance Maladie ou avec « Identifiant ou mot de passe oublié ».
pro-handover-offline = DMP créé sans accès internet : vous et les professionnels que le patient consulte pouvez l'alimenter. Remettez-lui le document de création.
pro-handover-authorised = Le patient vous a autorisé à consulter son DMP : il s'ouvre depuis la recherche de l'espace professionnel.
pro-handover-not-authorised = Le patient ne vous a pas autorisé à consulter son DMP : vous pouvez l'alimenter, pas le lire.
pro-handover-download = Télécharger le document des secrets (PDF)
pro-questions-heading = Créer le DMP : les trois questions
pro-questions-intro = Posez ces questions au patient, ou à son représentant légal, et notez ses réponses.
pro-questions-access = Votre accès à ce DMP
pro-questions-access-hint = Créer le DMP ne vous donne pas le droit de le consulter. Cochez seulement si le patient vous y autorise ; il pourra retirer cette autorisation.
pro-questions-authorise = Le patient m'autorise à consulter son DMP.
pro-questions-submit = Créer le DMP
