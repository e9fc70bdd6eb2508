# pro pages (issue 17).

## Card sign-in and the home of the professional space
pro-title = Health professional space
pro-reader-needed = Signing in with a health professional card needs a card reader, which this portal does not support yet.
# Followed by the card holder's name.
pro-signed-in-with = Signed in with the card of:
pro-create-record = Create a patient's DMP
pro-create-intro = The patient does not have a DMP yet? With their Carte Vitale and their consent, you can create it.
pro-sign-out = Remove my card (sign out)
pro-card-intro = Sign in with your health professional card (CPS).
pro-card-demo = In this demonstration, choose a test card: they all have the PIN 1234.
pro-card-pin-limit = Three wrong PINs block the card.
pro-card = Card
# A test card's label (from the database), then its state.
pro-card-blocked = { $label } (blocked)
pro-pin = PIN
pro-pin-submit = Confirm the PIN

## Finding a patient's record
pro-search-heading = Find a patient's DMP
pro-search-intro = Enter the patient's INS, or their identity details. The answer only says whether a DMP exists.
pro-search-ins = INS (the patient's social security number)
pro-search-traits = Or their identity details
pro-birth-name = Birth name
pro-first-name = First given name
pro-birth-date = Date of birth
pro-sex = Sex
pro-choose = Choose
pro-sex-female = Female
pro-sex-male = Male
pro-search-submit = Find the DMP

## The banners and header of every page of a record
pro-emergency-traced = This access is logged and the patient is informed.
pro-emergency-centre15 = Access in SAMU – Centre 15 mode (emergency call regulation)
pro-emergency-break-glass = Break-glass access — reason: { $reason }
pro-secret-heading = Secret connection (connexion secrète)
pro-secret-banner = At the minor patient's request, the documents you add and your accesses to their DMP are not visible to their legal representatives, and they are not informed of them.
pro-secret-leave = Leave the secret connection
pro-holder-card = Card: { $holder }
pro-patient = Patient
pro-born = Date of birth
pro-access = Access
pro-record-exists = A DMP exists for this patient.
# How the professional reads the record (after « Accès »).
pro-right-authorisation = with the patient's permission
pro-right-doctor = as DMP regular doctor (médecin traitant)
pro-right-break-glass = in break-glass mode
pro-right-centre15 = in SAMU – Centre 15 mode
pro-right-author = as the document's author

## The patient's record
pro-secret-intro = This patient is a minor. If they ask you to keep a secret from their legal representatives (parents, guardian), switch to the secret connection: the documents you add will not be visible to them, and your accesses will not appear in the history they read.
pro-secret-agreement = The minor patient has asked me to keep this consultation secret from their legal representatives
pro-secret-submit = Switch to the secret connection
pro-record-title = Patient's DMP – Professional space
pro-record-back = ← Professional space (find another patient)
pro-record-heading = Patient's DMP
pro-record-sign-in = Sign in with your card, then find the patient.
pro-space = Professional space
pro-deposited = The document has been added to the patient's DMP.
pro-deposit = Add a document
pro-feeding-only = An establishment's feeding account adds documents; it does not read the DMP.
pro-documents = Documents
# A space's title and its number of documents.
pro-space-count = { $space }: { $n }
pro-no-documents = No document that your profession allows you to read.
pro-documents-caption = Documents in the DMP
pro-date = Date
pro-document = Document
pro-type = Type
pro-author = Author
pro-badge-masked = Hidden from professionals
pro-badge-invisible-patient = Not visible to the patient
pro-badge-invisible-reps = Not visible to the legal representatives
pro-consent-heading = The patient's permission
pro-consent-box = The patient has allowed me to access their DMP
pro-consent-doctor = With their consent, I become their DMP regular doctor (médecin traitant) (I will also see the documents hidden from professionals)
pro-consent-submit = Access the DMP
pro-emergency-heading = Emergency access
pro-regulator-intro = Regulating doctor: during a call to the SAMU – Centre 15, you can read the DMP without permission, unless the patient has objected.
pro-centre15-submit = Access in SAMU – Centre 15 mode
pro-break-glass-intro = Break-glass: if the patient's condition puts their health at immediate risk, you can access their DMP without their permission, unless they have objected. The reason is sent with the access, logged, and the patient is informed.
pro-emergency-reason = Reason for the emergency
pro-break-glass-submit = Access in break-glass mode

## What a médecin traitant DMP sees and does
pro-history-heading = Accesses by other professionals (regular doctor)
pro-history-none = No other professional has accessed this DMP.
pro-history-caption = Accesses by other professionals
pro-professional = Professional
pro-action = Action
pro-right = Right
# A right (one of pro-right-…), then the reason given for an emergency access.
pro-history-right-reason = { $right } — reason: { $reason }
pro-block-heading = Block a professional at the patient's request
# $names: the professionals' names, separated by commas.
pro-already-blocked = Already blocked: { $names }.
pro-block-none = No other professional has permission on this DMP.
pro-block-request = The patient asks me to block this professional
pro-block = Block

## Depositing a document
pro-deposit-title = Add a document – Patient's DMP
pro-back-record = ← Patient's DMP
pro-deposit-intro = The document must be a PDF (5 MB at most). Adding a document does not need the patient's permission.
pro-deposit-type = Document type
# A document type's label (from the database), then its space's title.
pro-deposit-type-option = { $label } — { $space } space
pro-deposit-title-label = Title
pro-deposit-date = Date of care
pro-deposit-date-hint = Leave empty for today's date.
pro-deposit-file = PDF file
pro-visibility = Visibility
pro-visibility-hint = A document cannot be both hidden from professionals and not visible to the patient.
pro-visibility-masked = Hidden from health professionals (except regular doctors and yourself)
pro-visibility-invisible-patient = Not visible to the patient, until the disclosure consultation
pro-visibility-secret = Secret connection: this document will not be visible to the legal representatives (minor's confidentiality), and they will not be informed of it.
pro-visibility-invisible-reps = Not visible to the legal representatives (minor's confidentiality)
pro-deposit-submit = Add the document

## One document
pro-document-not-found = Document not found
pro-document-title = { $title } – Patient's DMP
pro-document-invisible-patient = Warning: this document is not visible to the patient.
pro-document-invisible-reps = Warning: this document is not visible to the legal representatives, to keep the confidentiality of the minor who holds the DMP.
pro-download = Download
# The frame's title and the image's alternative: the document's title.
pro-document-frame = Document: { $title }
pro-author-heading = You are the author of this document
pro-author-show = The disclosure consultation has taken place: make it visible to the patient
pro-author-new-version = New version (PDF)
pro-author-new-version-hint = The previous version is kept in the document's history.
pro-author-replace = Replace the document
pro-author-delete = Delete this document

## Creating a patient's record
pro-opening-title = Create a patient's DMP – Professional space
pro-opening-back = Back to the professional space
pro-opening-sign-in = Sign in with your card to create a patient's DMP.
pro-opening-sign-in-button = Sign in with my card
pro-opening-card-heading = Identify the patient with their Carte Vitale
pro-opening-presence = The patient (or their legal representative) is in front of me with their Carte Vitale.
pro-opening-identify = Identify the patient
pro-opening-identified = Patient identified
pro-name = Name
pro-opening-dmp = DMP
pro-opening-has-record = This patient already has a DMP: find it from the professional space.
pro-opening-next = Next patient
pro-handover-login = DMP created. The patient's login: { $login }. Print the secrets document and give it to the patient: the initial password appears only on this document.
pro-handover-unavailable = DMP created. The secrets document is no longer available: the patient can get new sign-in details at an Assurance Maladie desk or with « Forgotten identifier or password ».
pro-handover-offline = DMP created without online access: you and the professionals the patient sees can add documents to it. Give the patient the creation document.
pro-handover-authorised = The patient has allowed you to read their DMP: it opens from the search in the professional space.
pro-handover-not-authorised = The patient has not allowed you to read their DMP: you can add documents to it, not read it.
pro-handover-download = Download the secrets document (PDF)
pro-questions-heading = Create the DMP: the three questions
pro-questions-intro = Ask the patient, or their legal representative, these questions and record their answers.
pro-questions-access = Your access to this DMP
pro-questions-access-hint = Creating the DMP does not give you the right to read it. Only tick if the patient allows you; they can withdraw this permission.
pro-questions-authorise = The patient allows me to read their DMP.
pro-questions-submit = Create the DMP
