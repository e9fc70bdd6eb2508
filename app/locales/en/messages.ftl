# What a form or a server function can say to a person: errors and
# notices, by code (the variants of `messages::Text` and the domain's
# refusals). Compiled by build.rs for the browser's instant checks too:
# only text, { $variables } and selects on a variable are allowed here.

Unavailable = The service is unavailable for the moment. Your information has not been saved: try again in a few minutes.
Interrupted = The connection to the service was cut. Check your Internet connection and try again: nothing was saved twice.
Malformed = The form sent could not be read. Reload the page and try again: nothing was changed.
ControlCharacter = This field contains an invisible character (a control character) that cannot be saved: type it again. Nothing was saved.
UnreadableField = A field of the form is too long or contains an invisible character that is not accepted: nothing was saved.
WrongCredentials = Wrong identifier or password. After 5 mistakes, access is blocked for 15 minutes for your safety.
NotSignedIn = Your sign-in has expired or has not started: enter your identifier and your password again.
EnterLogin = Enter your sign-in identifier (on your secrets document).
EnterPassword = Enter your password.
DeskPresence = Tick this box: the person (or their legal representative) is in front of you with their Carte Vitale.
DeskNoMatch = Nobody matches this social security number on this Carte Vitale. Check both numbers and the type of card.
DeskConsent = Tick this box once the DMP has been explained and the consent of the person (or of their legal representative) obtained: without it, the DMP is not created.
DeskAnswerSamu = Give the person's answer: may the doctor of the SAMU – Centre 15 read their DMP during an emergency call?
DeskAnswerBrisDeGlace = Give the person's answer: may a health professional read their DMP in an emergency, without their consent?
ProOpeningNoCard = Sign in with your card to create a patient's DMP.
DeskProof = Tick this box once you have seen the document that proves the representation: family record book or judgment for a child, guardianship judgment for an adult.
DeskTwoRepresentatives = This DMP already has two legal representatives: end the access of one of them before recording another.
DeskCloseConfirm = Tick this box once the request to close has been heard and its consequences explained to the person: nothing was closed.
WorkshopDate = Give the date of the workshop: today or a day to come.
WorkshopPlace = Give the place of the workshop (200 characters at most).
WorkshopAssociation = Give the association that runs the workshop (200 characters at most).
WorkshopTheme = Choose the theme of the workshop.
WorkshopExpected = Give the number of participants expected, from 1 to 500.
PracticeCardCode = This code matches no practice card. Copy the 12 characters of the « Code de la carte » box (for example K7QP-3MZD-2XRT), or ask the facilitator.
PracticeCount = Choose the number of practice cards, from 1 to 60.
WorkshopNotToday = This workshop is not taking place today or it is over: this device cannot be attached to it.
DeskChooseRepresentative = Choose the legal representative or guardian who is present: they receive their own sign-in details.
DeskNobodyServed = First identify the person with their Carte Vitale.
DeskNoRecord = This person has no open DMP: create it first.
DeskNeedsContact = This person has no Internet access to their DMP yet: give an e-mail address or a mobile number to hand over their sign-in details.
DeskTooManySearches = Too many searches without a result from this desk: wait a few minutes before trying again.
StaffEnterLogin = Enter your staff identifier (for example agent.angers).
ChooseCodeChannel = Choose where to receive your code: by e-mail or by text message.
TooManyCodes = Too many codes were asked for this sign-in. Sign in again in a few minutes.
CodeSixDigits = The code received has 6 digits.
CodeNoLongerValid = This code is no longer valid. Ask for a new code.
CodeExpired = This code has expired: it is only valid for { $minutes } minutes. Ask for a new code.
CodeWrongTooOften = { $tries } mistakes: this code is no longer valid. Ask for a new code.
CodeWrong = Wrong code. Check the last code you received; you have { $left ->
        [one] { $left } try
       *[other] { $left } tries
    } left.
RepresentationEnded = Your access as a legal representative has ended: the person has come of age, their DMP was closed, or this role was taken from you.
ClosedSignIn = Your DMP is closed: it can no longer be read. For 10 years after it was closed, you can reopen it with « Reopen my DMP ».
PasswordTooGuessable = This password is too easy to guess. Make it longer or put together several unrelated words, for example « rabbit-green-soup-cloud ».
NoMatch = The information you typed does not identify you. Check your social security number, the serial number of your Carte Vitale and your creation code.
LockedNir = Too many attempts failed for this social security number. For your safety, try again in { $minutes ->
        [one] { $minutes } minute
       *[other] { $minutes } minutes
    }.
LockedAddress = Too many attempts failed from this connection. For your safety, try again in 15 minutes.
AlreadyHasDmp = You already have a DMP: you cannot create a second one. Sign in to your DMP with your identifier and your password.
ClosedDmp = You had a DMP, which was closed. You can reopen it, with all its documents, for 10 years after it was closed.
CreationExpired = Your process has expired or was interrupted: for your safety, the information you typed was erased. Start again from the first step.
CodeRequested = If the information typed matches an insured person, a new creation code is sent to them by e-mail or by post, to the address the Assurance Maladie has on file. A letter arrives within a few days.
ChooseCardType = Say whether your Carte Vitale has a photo or not.
EmailsDiffer = The two e-mail addresses are not the same: type the same address in both fields.
MobilesDiffer = The two mobile numbers are not the same: type the same number in both fields.
NoContact = Give at least an e-mail address or a mobile number: this is where you will receive the code we ask for each time you sign in.
ChooseRepRelation = Choose the legal representative's relation to the child.
RepNameEmpty = Enter the legal representative's { $first ->
        [yes] first name
       *[no] name
    }.
RepNameTooLong = The { $first ->
        [yes] first name
       *[no] name
    } is too long ({ $max } characters at most).
RepNameCharacters = The { $first ->
        [yes] first name
       *[no] name
    } can only contain letters, spaces, hyphens and apostrophes.
AcceptTerms = Tick the box to accept the terms of use and consent to the creation of the DMP: without this agreement, the DMP cannot be created.
PasswordTooShort = The password must have at least { $min } characters; you typed { $found }.
PasswordPersonal = The password must not contain your identifier, your name or your first name.
PasswordsDiffer = The two passwords are not the same: type the same one in both fields.
RecoveryClosed = Your DMP is closed: first reopen it with « Reopen my DMP », with this same code.
RecoveryNoDmp = No DMP is open in your name: you can create it with this same code.
CloseUnderstood = Tick the box to confirm that you have understood the consequences.
MotifTooLong = The reason cannot be longer than { $max } characters.
PasswordToConfirm = Enter your password to confirm.
CloseWrongPassword = Wrong password: your DMP has not been closed.
ReopenConsent = Tick the box to agree to the reopening of your DMP.
ReopenNotClosed = Your DMP is open: there is nothing to reopen. Sign in with your identifier and your password.
NotReopenable = This DMP can no longer be reopened. For any question, call 36 46.
ReopenNoDmp = No closed DMP is in your name: you can create your DMP with this same code.
PatientInsShape = The INS is the patient's social security number: 15 characters including a 2-digit key, for example 2 84 07 75 056 123 22.
PatientIdentityMissing = Enter the patient's INS, or their identity details (birth name, first name, date of birth, sex).
PatientBirthName = Enter the patient's birth name.
PatientFirstName = Enter the patient's first given name.
PatientBirthDate = Enter the patient's date of birth (a day that exists).
PatientSex = Choose the patient's sex.
TestCardsDemoOnly = Test cards only work in demonstration mode: use your card in a reader.
PinShape = The card's PIN code has 4 to 8 digits.
ProSessionEnded = Your session has expired: sign in with your card.
RepresentativesFull = This DMP already has two legal representatives, the most there can be. To change, one of them must first give up their access.
OnlyRepresentativesInvite = Only a legal representative of a minor can add a second legal representative to their DMP.
TooManyInvitations = You have sent { $max } invitations today: try again tomorrow.
InvitationCodeWrong = This code matches no current invitation for this e-mail address or mobile number. Check them: after 3 mistakes, the invitation must be sent again by the legal representative who invited you.
InvitationAlreadyAccepted = This invitation has already been accepted. Enter the password chosen then to get your access back, or sign in with your identifier.
InvitationVoid = This invitation is no longer valid: the DMP already has two legal representatives, the child has come of age, the DMP is closed, or the person who invited you is no longer a legal representative. Nothing was created.
EnterInvitationContact = Enter the e-mail address or mobile number at which you received the code.
EnterInvitationCode = Enter the 6-digit code received in the invitation message.
RemovalConfirmBox = Tick the box to confirm.
RemovalNotAllowed = You can remove your own access, or that of a legal representative you added. Otherwise, go to the reception desk of your health insurance office.
SecretAgreementBox = Tick the box if the minor patient asked that this visit stay secret from their legal representatives.
ProRecordClosed = DMP closed: this record can no longer be read or added to.
ProNoDmp = No DMP found for this patient. Check what you typed; if the patient wishes, they can create their DMP.
ProConsentBox = Tick the box if the patient allowed you to access their DMP. Without their consent, you cannot read it (except in an emergency).
EmergencyReason = Give the reason for the emergency: it is sent with the access and the patient will see it.
EmergencyReasonTooLong = The reason: 500 characters at most.
DocumentNotInRecord = Document not found in this DMP.
UnknownAction = Unknown action.
AuthorOnlyChanges = Only the author of a document can change or delete it.
BlockOnPatientRequest = Tick the box: a professional is only blocked at the patient's request.
BlockMedecinTraitantOnly = Only a DMP regular doctor (médecin traitant) of the patient can block a professional, and not another regular doctor.
PinWrongLastTry = Wrong PIN code. Careful: you have 1 try left before the card is blocked.
PinWrong = Wrong PIN code. You have { $left } tries left.
CardBlocked = This card is blocked after three wrong PIN codes. Have it unblocked with its unblocking code (PUK).
UnknownCard = Choose a card from the list.
ChooseType = Choose the type of document.
ChooseFile = Choose the file to upload.
FileTooLarge = The file is larger than 5 MB: choose a lighter file.
VsmByMedecinTraitant = The medical summary is uploaded by a DMP regular doctor (médecin traitant) of the patient.
NotAPdf = This file is not a PDF: upload the document as a PDF.
NotAPdfNewVersion = This file is not a PDF: upload the new version as a PDF.
AuthorOnlyReplaces = Only the author of a document can replace it.
DocumentTitleMissing = Give the document a title, for example « Prescription from Dr Martin ».
DocumentTitleTooLong = The title is too long (200 characters at most).
DocumentDateInvalid = The date is not valid: choose a day.
DocumentDateFuture = The date cannot be in the future.
NotDeletable = This document cannot be deleted: only the documents you uploaded can be.
AllergiesTooLong = Your allergies: { $max } characters at most. Shorten the text.
HistoryTooLong = Your medical history: { $max } characters at most. Shorten the text.
OperationsTooLong = Your operations: { $max } characters at most. Shorten the text.
FreeNoteTooLong = Your note: { $max } characters at most. Shorten the text.
PersonLastNameMissing = Give the person's name.
PersonFirstNameMissing = Give the person's first name.
HundredCharactersAtMost = 100 characters at most.
TooManyContacts = You already have { $max } people to contact: remove one before adding another.
ChooseBloodGroup = Choose your blood group in the list, or « I don't know ».
AddressTooLong = The address: 200 characters at most.
PostalCodeMissing = Give the postcode of your address.
PostalCodeShape = The postcode has 5 digits, for example 75015.
TownMissing = Give the town of your address.
TownTooLong = The town: 100 characters at most.
RelationTooLong = The relation: 60 characters at most.
PersonPhoneMissing = Give the phone number at which to reach the person.
DirectivesEmpty = Write your advance directives before saving them.
ChooseAnswer = Choose one of the answers.
UnknownChannel = Unknown contact detail.
ContactCodeWrong = Wrong code. You have { $left ->
        [one] { $left } try
       *[other] { $left } tries
    } left.
ContactCodeEnded = This code is no longer valid (expired or too many mistakes): nothing was changed. Ask for a new code.
TooManyContactCodes = Too many codes were sent today to change a contact detail. Try again tomorrow.
UnknownChoice = Unknown choice: nothing was changed.
HolderDocumentNotFound = This document cannot be found in your DMP: nothing was changed.
ProfessionalNotFound = This professional cannot be found in the directory: nothing was changed.
AnswerBothQuestions = Answer both questions (yes or no): nothing was changed.
NoSuchSpace = This space does not exist.
DocumentNotFound = This document cannot be found in your DMP.
MedecinTraitantNotBlockable = Your DMP regular doctor (médecin traitant) cannot be blocked. If they should no longer access your DMP, ask them to give up this role: you can then block them.
NotPdfOrImage = This file is neither a PDF, nor a JPEG or PNG picture: choose another file.
DirectivesTooLong = { $max } characters at most. You can also upload a document.

## The domain's rules (domain/*.rs)
NirEmpty = Enter your social security number (15 characters, on the front of your Carte Vitale).
NirLength = The social security number has 15 characters (13 digits and a 2-digit key); you typed { $found }.
NirCharacters = The social security number contains only digits, except 2A or 2B for a birth in Corsica.
NirSex = The first digit gives the sex: it must be 1 (man) or 2 (woman).
NirMonth = Digits 4 and 5 (month of birth) do not match a month: check them on your Carte Vitale.
NirDepartment = Characters 6 and 7 (département of birth) are not valid: check them on your Carte Vitale.
# The expected key stays out of the message: it would let anyone forge a
# well-formed number without knowing it.
NirKey = The last 2 digits (the key) do not match the rest of the number: check what you typed.
SerialEmpty = Enter the serial number of your Carte Vitale.
SerialCharacters = The serial number contains only digits (spaces are accepted).
SerialLength = The serial number has 8 to 13 digits; you typed { $found }.
CreationCodeEmpty = Enter the 12-character creation code you received by post or by e-mail.
CreationCodeLength = The creation code has 12 characters; you typed { $found }.
CreationCodeAmbiguous = The creation code has neither the letter O nor the letter I, nor the digits 0 and 1: check these characters.
CreationCodeCharacters = The creation code contains only letters and digits.
EmailShape = The e-mail address must contain an « @ », for example firstname.lastname@example.fr.
EmailSpace = The e-mail address must not contain a space.
EmailTooLong = The e-mail address is too long (254 characters at most).
MobileShape = The mobile number has 10 digits and starts with 06 or 07, for example 06 12 34 56 78.
PhoneShape = The phone number has 10 digits, for example 01 23 45 67 89; for a foreign number, start with + and the country code.
VisibilityCumulated = A document cannot be both hidden from professionals and not visible to the patient.
VisibilityNotAMinor = « Not visible to the legal representatives » only concerns the DMP of a minor patient.
SecretModeNotAMinor = The secret connection only concerns the DMP of a minor patient.
SecretModeNotAProfessional = The secret connection needs a health professional's card.
RefusalNotFound = Document not found.
RefusalClosed = This DMP is closed: it can no longer be read.
RefusalNoRole = You do not have access to this DMP.
RefusalBlocked = The patient has not allowed you to access their DMP.
RefusalNoConsent = To read this DMP, declare that the patient allowed you to.
RefusalExpired = The patient's authorisation has expired: declare it again to read their DMP.
RefusalNotRegulator = Only the regulating doctor of a SAMU–Centre 15 can use this access mode.
RefusalOpposed = The patient has refused this emergency access mode.
RefusalMasked = This document has been hidden from health professionals.
RefusalHidden = Document not found.
RefusalNotInMatrix = Your profession does not allow you to read this type of document.
