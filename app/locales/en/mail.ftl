# What the portal sends: e-mails, SMS and letters, in the language of the
# person who asked (or the one they last signed in with).
mail-signature = The Assurance Maladie (French national health insurance)
mail-hello = Hello,
mail-dear = Dear { $first } { $name },
mail-dear-civility = Hello,
mail-madam = Ms
mail-sir = Mr
mail-letter-head = Assurance Maladie (health insurance) – Shared Medical Record (DMP)

## The one-time sign-in code
mail-code-subject = Your DMP sign-in code
mail-code-sms = DMP: your sign-in code is { $code }. Valid for { $minutes } minutes. Do not give it to anyone.
mail-code-body =
    The sign-in code of your Shared Medical Record (DMP): { $code }

    It is valid for { $minutes } minutes and can be used once. Nobody, neither the health insurance nor a health professional, will ever ask you for it.

    If you did not try to sign in, change your password and call 36 46.

## The acknowledgement of a creation
mail-ack-subject = Acknowledgement: your DMP is created
mail-ack-allowed = allowed
mail-ack-refused = refused
mail-ack-body =
    We confirm that your Shared Medical Record (DMP) was created on { $date }.

    Your DMP is your digital health record: only you and the health professionals you allow can read it. The data of your reimbursements of the last 24 months have been added to it.

    Your choices, which you can change at any time in « Emergency access » in your DMP:
    - access by the regulating doctor of the SAMU – Centre 15: { $samu };
    - emergency access (« bris de glace », break-glass) by a health professional: { $bdg }.

    To open your DMP, use the identifier and password of the secrets document given when it was created, then the single-use code you will receive.

    If you did not create this DMP, call 36 46: you can ask for it to be closed at any time.
mail-ack-letter-note = Letter: acknowledgement of the creation of a DMP (see the attached letter).
mail-ack-letter-file = dmp-acknowledgement.pdf

## New connection data (forgotten identifier or password)
mail-renewed-subject = Your DMP sign-in details have been renewed
mail-renewed-body =
    The sign-in details of your Shared Medical Record (DMP) have just been renewed with your Carte Vitale and a creation code. The old password no longer works.

    If you did not ask for this, call 36 46 at once.
mail-renewed-sms = DMP: your sign-in details have been renewed. If this was not you, call 36 46.

## A new creation code
mail-creation-code-subject = Your DMP creation code
mail-creation-code-body =
    Here is the creation code of your Shared Medical Record (DMP): { $code }

    It is valid until { $date } inclusive and can be used once. To create your DMP, choose « Create my DMP » on the DMP site and have your Carte Vitale with you.

    If you did not ask for this code, you can ignore this message: without your Carte Vitale, nobody can use it.
mail-creation-code-field = Your creation code
mail-creation-code-letter-note = Letter: DMP creation code (see the attached letter).
mail-creation-code-letter-file = creation-code.pdf

## What the holder is told about their record (notify.rs): a subject,
## the body of the e-mail (between « Hello, » and the signature), an SMS.
notify-closed-subject = Your DMP is closed
notify-closed-body =
    Your Shared Medical Record (DMP) is closed at your request. Nobody, neither you nor health professionals, can read it or add to it any more. It is archived for 10 years, then destroyed.

    During these 10 years, you can reopen it on the DMP site (« Reopen my DMP ») with your Carte Vitale and a creation code.

    If you did not close it, call 36 46 at once.
notify-closed-sms = DMP: your record is closed. You can reopen it for 10 years. If this was not you, call 36 46.
notify-desk-closed-subject = Your DMP is closed
notify-desk-closed-body =
    Your Shared Medical Record (DMP) is closed, as you asked at a health insurance reception desk. Nobody, neither you nor health professionals, can read it or add to it any more. It is archived for 10 years, then destroyed.

    During these 10 years, you can reopen it on the DMP site (« Reopen my DMP ») with your Carte Vitale and a creation code, or at a reception desk.

    If you did not ask for this, call 36 46 at once.
notify-desk-closed-sms = DMP: your record is closed at your request. You can reopen it for 10 years. If this was not you, call 36 46.
notify-reopened-subject = Your DMP is reopened
notify-reopened-body =
    Your Shared Medical Record (DMP) is reopened, with all its documents. You can sign in with your usual identifier and password; your choices (hidden documents, blocked professionals, emergency access) are those from before it was closed.

    If you did not reopen it, call 36 46 at once.
notify-reopened-sms = DMP: your record is reopened. If this was not you, call 36 46.
notify-contact-subject = Your DMP contact details have been changed
notify-contact-body =
    { $channel ->
        [sms] The mobile number to which your Shared Medical Record (DMP) sends its messages has just been changed.
       *[email] The e-mail address to which your Shared Medical Record (DMP) sends its messages has just been changed.
    }

    If you did not make this change, call 36 46 at once.
notify-contact-sms = DMP: your contact details have been changed. If this was not you, call 36 46.
notify-password-subject = Your DMP password has been changed
notify-password-body =
    The password of your Shared Medical Record (DMP) has just been changed.

    If you did not make this change, call 36 46 at once.
notify-password-sms = DMP: your password has been changed. If this was not you, call 36 46.
notify-practice-subject = New documents are in your DMP
notify-practice-body =
    { $count } documents have been added to your Shared Medical Record (DMP) by the health professionals who follow you. You can read them by signing in to your DMP.

    (Practice: fictitious person and documents.)
notify-practice-sms = DMP: new documents are in your record. (Practice)
notify-second-representative-subject = A second legal representative has access to the DMP
notify-second-representative-body = A second legal representative now has their own access to your child's Shared Medical Record (DMP). You will find them, with their relation to the child, on the « Legal representatives » page of the DMP.
notify-second-representative-sms = DMP: a second legal representative now has access to your child's DMP.
notify-representative-ended-subject = A legal representative's access to the DMP has ended
notify-representative-ended-body = A legal representative's access to your child's Shared Medical Record (DMP) has ended. The details are in the DMP's access history.
notify-representative-ended-sms = DMP: a legal representative's access to your child's DMP has ended.
notify-emergency-subject = Emergency access to your DMP
notify-emergency-body =
    Your Shared Medical Record (DMP) was read { $how ->
        [centre15] by the SAMU–Centre 15
       *[other] in an emergency (break-glass) by { $who }
    }. You will find the details in the access history of your DMP.
notify-emergency-sms = DMP: your record was read in an emergency. Details in the access history.
notify-first-access-subject = A health professional has read your DMP
notify-first-access-body = { $who } read your Shared Medical Record (DMP) for the first time. You will find the details in the access history of your DMP.
notify-first-access-sms = DMP: a health professional read your record for the first time.
notify-new-document-subject = A new document in your DMP
notify-new-document-body = { $who } added a document to your Shared Medical Record (DMP). Sign in to your DMP to read it.
notify-new-document-sms = DMP: a new document was added to your record.
notify-document-shown-subject = A new document in your DMP
notify-document-shown-body = { $who } made a document of your Shared Medical Record (DMP) visible. Sign in to your DMP to read it.
notify-document-shown-sms = DMP: a new document is visible in your record.

## Confirming a new contact channel
mail-contact-code-subject = Confirm your new contact details
mail-contact-code-sms = DMP: your code to confirm this number is { $code }. Valid for { $minutes } minutes.
mail-contact-code-body = To receive the messages of your Shared Medical Record (DMP) at this address from now on, enter this code on the DMP site: { $code }

    It is valid for { $minutes } minutes. If you did not ask for anything, ignore this message: nothing changes.

## Staff sign-in
mail-staff-code-subject = Your sign-in code for the DMP staff area
mail-staff-code-body =
    Your sign-in code for the staff area of the DMP portal: { $code }

    It is valid for { $minutes } minutes and can be used once. Give it to nobody, not even a colleague.

    If you did not try to sign in, tell your manager.

## A second legal representative's invitation, and the end of an access
mail-invitation-subject = Your access to the DMP of a child you are the legal representative of
mail-invitation-body =
    The other legal representative of { $child } named you as a legal representative on the child's Shared Medical Record (DMP). To create your own access, go to the DMP site, page « { $page } » (link « I received a legal representative's code » on the sign-in page), and enter this e-mail address and the code: { $code }

    The code is valid until { $day }. If you do not know this child, ignore this message: nothing will be created.
mail-invitation-sms = DMP: you are named legal representative of { $child }. Code { $code }, to enter with this number on the DMP site, page { $page }, before { $day }.
mail-access-ended-subject = Your access to a DMP has ended
mail-access-ended-body = Your access, as a legal representative, to a child's Shared Medical Record (DMP) has ended. If you did not make this change and think it is a mistake, go to the reception desk of your health insurance office.
mail-access-ended-sms = DMP: your legal representative's access to a child's DMP has ended.

## Coming of age
mail-majority-subject = Your DMP is now yours
mail-majority-body =
    Your Shared Medical Record (DMP) was opened when you were a minor. You are now 18: your legal representatives no longer have access to it, and it is up to you to keep it or close it.

    To open it, choose « Create my DMP » on the DMP site, have your Carte Vitale with you and enter this code: { $code }
    It is valid until { $date } inclusive and can be used once. You will then choose your password; you can then keep your DMP or close it.

    Meanwhile, the health professionals who treat you go on reading it and adding to it.
mail-majority-field = Your code
mail-majority-letter-note = Letter: your DMP at 18 (see the attached letter).
mail-majority-letter-file = dmp-coming-of-age.pdf
mail-majority-ended-body = Your access, as a legal representative, to a Shared Medical Record (DMP) has ended: its holder has come of age.
mail-majority-ended-sms = DMP: your legal representative's access has ended.
