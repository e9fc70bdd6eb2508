# « Je crée mon DMP »: the three steps, the code request, the forgotten
# connection data. Keys ending in -easy are the easy-read versions.
creation-heading = I create my DMP
creation-title-1 = I create my DMP – Step 1 of 3: I identify myself
creation-title-2 = I create my DMP – Step 2 of 3: my personal details
creation-title-3 = My sign-in details for the DMP
creation-kiosk = Reception kiosk: your information is erased as soon as you have finished.
creation-resume = You have a creation in progress.
creation-resume-2 = Go back to step 2
creation-see-credentials = See my sign-in details
creation-sign-in = Open my DMP
creation-reopen = Reopen my DMP
creation-outbox = See the messages sent (demonstration)

## Step 1
creation-identify = I identify myself
creation-identify-intro = Have your Carte Vitale ready, and the creation code you received by post or by e-mail. All fields are required.
creation-identify-intro-easy =
    Take your Carte Vitale.
    Take your creation code too: the health insurance (Assurance Maladie) sent you this code by post or by e-mail.
    Fill in every box.
creation-nir-hint = The 15 characters printed on your Carte Vitale, including the 2-digit key. Spaces are accepted. Example: 2 90 01 75 123 456 05.
creation-nir-hint-easy =
    It is the number written on your Carte Vitale.
    It has 15 digits.
    For example: 2 90 01 75 123 456 05.
creation-no-code = I do not have a creation code
creation-continue = Continue
creation-abandon = Give up
creation-abandon-warning = Everything you have typed will be erased, and the creation of your DMP stopped.
creation-abandon-confirm = Yes, give up

## The code request
creation-code-request-intro = Enter your social security number and the serial number of your Carte Vitale. A new code will be sent to you by e-mail, or by post to the address the health insurance knows. It replaces any code received before.
creation-code-request-intro-easy =
    You do not have the creation code?
    You can ask for a new code.
    Write the number of your Carte Vitale and its serial number.
    You get the new code by e-mail or by post.
    The old code no longer works.
creation-code-request-send = Get a new code
creation-code-request-back = Back to identification

## Step 2
creation-not-here-created = Your DMP is already created.
creation-not-here = To go on, first identify yourself with your Carte Vitale and your creation code.
creation-go-step-1 = Go to step 1: I identify myself
creation-informations = I enter my personal details
creation-identity-child = The child's identity
creation-identity-own = Your identity
creation-birth-name = Birth name
creation-usage-name = Name used (e.g. married name)
creation-first-names = First name(s)
creation-birth-date = Date of birth
creation-identity-check = This information comes from the health insurance. If it is wrong, stop here and call your local office on 36 46.
creation-identity-check-easy =
    The health insurance wrote this information.
    Check it.
    Is there a mistake?
    Stop here and call 36 46.
creation-contact = To receive your sign-in code
creation-contact-hint = Each time you sign in, a single-use code is sent to you by e-mail or by text message. Give at least an e-mail address or a mobile number, and type it twice.
creation-contact-hint-easy =
    Each time you open your DMP, you get a code.
    The code comes by e-mail, or by text message on your mobile phone.
    Write your e-mail address, or your mobile number, or both.
    Write each one 2 times, to avoid mistakes.
creation-email = E-mail address
creation-email-hint = For example firstname.lastname@example.fr
creation-email-confirm = Confirm the e-mail address
creation-mobile = Mobile phone
creation-mobile-hint = 10 digits, starting with 06 or 07. For example 06 12 34 56 78
creation-mobile-confirm = Confirm the mobile phone
creation-emergency = Access to your DMP in an emergency
creation-emergency-hint = Both kinds of access are allowed unless you untick the box. You can change your mind at any time in « Emergency access » in your DMP. Every emergency access is recorded and you are told about it.
creation-emergency-hint-easy =
    In an emergency, a doctor may need to read your DMP.
    You agree?
    Leave the boxes ticked.
    You do not agree?
    Untick the box.
    You can change your mind later, in « Emergency access ».
creation-samu = I allow the doctor of the SAMU – Centre 15 (emergency number 15)
creation-samu-rest = to read my DMP during an emergency call about me.
creation-samu-rest-easy = — when someone calls 15 for me, the doctor at 15 can read my DMP.
creation-bris-de-glace = I allow break-glass access (« bris de glace »)
creation-bris-de-glace-rest = — if my life is in danger and I cannot give my consent, any health professional treating me can read my DMP.
creation-bris-de-glace-rest-easy = — if my life is in danger and I cannot speak, the doctor treating me can read my DMP.
creation-representative = The child's legal representative
creation-representative-hint = A minor's DMP is created with the consent of their legal representative, who will be able to read it.
creation-representative-hint-easy =
    The child is under 18.
    Their parent, or the person responsible for them, must agree.
    This person will be able to read the child's DMP.
creation-relation = Relation to the child
creation-choose = Choose
creation-rep-name = Legal representative's name
creation-rep-first-name = Legal representative's first name
creation-terms = Terms of use
creation-terms-read = Read the terms of use
creation-terms-pdf = Download the terms of use (PDF, new tab)
# Shown in easy reading above the full terms.
creation-terms-summary = In short
creation-terms-summary-1 = Your DMP keeps your health documents.
creation-terms-summary-2 = You choose who can read it.
creation-terms-summary-3 = You can close it whenever you want.
creation-terms-summary-4 = The full text is just below.
creation-accept = I accept the terms of use of the DMP and I consent (or my legal representative consents) to the creation of my DMP and of its account
creation-accept-easy = I have read the rules of the DMP. I agree. I want to create my DMP.
creation-validate = Confirm

## Step 3
creation-renewed-heading = My new sign-in details
creation-renewed = Your sign-in details are renewed
creation-renewed-text = The old password no longer works. We have sent a message to your e-mail address or mobile to let you know.
creation-created = Your DMP is created
creation-acknowledgement-email = An acknowledgement is sent to you by e-mail.
creation-acknowledgement-post = An acknowledgement is sent to you by post.
creation-my-credentials = My sign-in details
creation-holder = Holder
creation-created-on = Creation date
creation-ins = National health identifier (INS)
creation-login = Sign-in identifier
creation-initial-password = Initial password
creation-no-longer-shown = is no longer shown
creation-for-professionals = For health professionals
creation-insc = Calculated INS number (old format, asked by some software):
creation-note-now = Write down or print this information now.
creation-note-now-rest = For your safety, the initial password will no longer be shown once this process is over (15 minutes at most). It is only for your first sign-in: you will then choose your own password.
creation-note-now-rest-easy =
    You need it to open your DMP.
    Afterwards, the password is no longer shown.
    You will choose your own password the first time you open your DMP.
creation-download = Download the secrets document (PDF)
creation-print = Print this page
creation-password-gone = The initial password is no longer shown. If you did not write it down, choose « Forgotten identifier or password » on the sign-in page to receive a new one.
creation-finish = Finish
creation-finish-warning = After this, your initial password will no longer be shown. Have you written it down, printed or downloaded it?
creation-finish-confirm = Yes, I wrote it down: finish
creation-finished = This creation process is over.

## On a kiosk, after a while without a touch
creation-idle-title = Are you still there?
creation-idle-message = For your safety, the information you typed will be erased in {"{"}n{"}"} seconds.
creation-idle-button = I am still here

## Forgotten connection data
creation-forgotten = Forgotten identifier or password
creation-forgotten-intro = Identify yourself as when you created your DMP: with your Carte Vitale and a creation code. You will get your identifier and a new password at once, to write down or print; the old password will no longer work.
creation-forgotten-intro-easy =
    You forgot your identifier or your password?
    Take your Carte Vitale and your creation code.
    Fill in the boxes.
    You get a new password at once.
    Write it down.
    The old password no longer works.
creation-forgotten-send = Get new sign-in details

## The document des secrets (PDF)
creation-pdf-title = Secrets document of your Shared Medical Record (DMP)
creation-pdf-meta = Secrets document – Shared Medical Record (DMP)
creation-pdf-keep = This document holds the sign-in details of your DMP. Keep it in a safe place and show it to nobody: neither the health insurance nor a health professional will ever ask you for your password.
creation-pdf-holder = Holder
creation-pdf-created-on = Date the DMP was created
creation-pdf-ins = National health identifier (INS)
creation-pdf-data-of = Sign-in details of
creation-pdf-representative = { $name }, legal representative
creation-pdf-yours = Your sign-in details
creation-pdf-login = Sign-in identifier
creation-pdf-password = Initial password
creation-pdf-copy = Copy it exactly: capital and small letters count. It is only valid for your first sign-in: you will then choose your own password.
creation-pdf-how = To sign in
creation-pdf-step-1 = 1. Go to { $site } and choose « Open my DMP ».
creation-pdf-step-2 = 2. Enter your identifier and your password.
creation-pdf-step-3 = 3. Enter the 6-digit code received by text message or by e-mail.
creation-pdf-offline = Your DMP without Internet access
creation-pdf-offline-1 = Your DMP was created without an e-mail address or a mobile number: the health professionals you see can add to it and, with your consent, read it.
creation-pdf-offline-2 = To read it yourself on the Internet, go to a health insurance reception desk with your Carte Vitale and an e-mail address or a mobile number: you will be given your sign-in details.
creation-pdf-professionals = For health professionals only:
creation-pdf-insc = Calculated INS number (old format)
creation-pdf-file = dmp-secrets-document.pdf
creation-pdf-gone = Document unavailable
creation-pdf-gone-text = The secrets document is only available while the DMP is being created, 15 minutes at most. If you did not save it, choose « Forgotten identifier or password » on the sign-in page.
creation-pdf-gone-home = Back to the home page
