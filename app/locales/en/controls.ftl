# controls pages (issue 17).
## Receipts and masking documents
controls-receipt-saved = Your choice is saved. It applies right away.
controls-receipt-print = Print the receipt (PDF)
controls-unmask = Stop hiding
controls-mask = Hide from professionals
# A button's label for screen readers: the action, then the document's title.
controls-mask-aria = { $action }: { $title }
controls-masked = This document is hidden from health professionals.
controls-visible = This document can be seen by the health professionals you have authorised, depending on their profession.
controls-masking-explained = A hidden document can still be seen by you, by your DMP regular doctor (médecin traitant) and by the professional who added it. You can change this choice at any time.

## Allowed or blocked professionals
controls-professionals-title = Allowed or blocked professionals
controls-professionals-block-intro = A health professional you block can no longer read your DMP, even with your permission and even in an emergency. You can unblock them at any time: they will then have to ask for your permission again.
controls-professionals-doctor-intro = Your DMP regular doctor (médecin traitant) sees all your documents, even hidden ones, and cannot be blocked. If they should no longer have access to your DMP, ask them to give up this role: you will then be able to block them.
controls-standing-none = No authorisation
controls-standing-authorised = Authorised by you
controls-standing-doctor = DMP regular doctor
controls-standing-blocked = Blocked
controls-col-professional = Professional
controls-col-profession = Profession
controls-col-city = City
controls-col-access = Access to your DMP
controls-col-action = Action
controls-not-blockable = Cannot be blocked
controls-unblock = Unblock
controls-block = Block
# A button's label for screen readers: the action, then the professional's name.
controls-block-aria = { $action } { $name }
controls-known-heading = The professionals who have a place in my DMP
controls-known-none = No professional has been authorised or blocked yet.
controls-search-heading = Find a professional to block them
controls-directory = Directory of health professionals
controls-search-hint = Fill in at least one field.
controls-search-name = Name
controls-search-all = All
controls-search-rpps = RPPS number (11 digits)
controls-search-submit = Search
controls-search-rpps-error = The RPPS number has 11 digits, for example 10001234567.
controls-search-too-short = Type at least 2 letters of the name or of the city.
controls-search-none = No professional matches this search.
controls-search-found =
    { $n ->
        [one] { $n } professional found.
       *[other] { $n } professionals found.
    }
controls-search-limit = The first { $n } professionals found: narrow your search if needed.
controls-search-results = Search results

## Emergency access
controls-emergency-title = Emergency access
controls-emergency-heading = Access to my DMP in an emergency
controls-emergency-since = Your current choices date from { $date }. You can change them at any time; each change gives you a receipt.
controls-centre15-heading = The SAMU–Centre 15
controls-centre15-text = When you (or someone close to you) call 15, the SAMU's regulating doctor can read your DMP during the call to guide you better: your allergies, your treatments, your medical history. They cannot add anything to it.
controls-centre15-question = May the regulating doctor of the SAMU–Centre 15 read my DMP?
controls-allow = Yes, I allow it
controls-oppose = No, I object
controls-break-glass-heading = « Break-glass » access
controls-break-glass-text = If your health is in immediate danger and you cannot give your consent (for example, unconscious in the emergency department), a health professional can read your DMP without your permission. They must give the reason. You are told, and the access appears in your history.
controls-break-glass-question = May a health professional read my DMP in an emergency, without my permission?
controls-blocked-never = A professional you have blocked can never read your DMP, even in an emergency.
controls-emergency-save = Save my choices

## Notification settings
controls-settings-title = Notification settings
controls-settings-back = ← My notifications
controls-settings-contact-saved = Your new contact detail is saved. A confirmation message has been sent to you.
controls-settings-saved = Your settings are saved.
controls-settings-heading = What I receive
controls-settings-intro = All messages stay visible in « My notifications ». Choose the ones you also receive by e-mail or by text message.
controls-settings-when = When
controls-settings-by-email = By e-mail
controls-settings-by-sms = By text message
controls-settings-emergency = A health professional accesses my DMP in an emergency
controls-settings-always-told = Always sent, to every contact detail: you must be told.
controls-settings-opened = My DMP is created or reopened
controls-settings-always = Always sent, to every contact detail.
# A checkbox's label: the channel, then the event.
controls-settings-email-label = E-mail: { $event }
controls-settings-sms-label = Text message: { $event }
controls-settings-save = Save my settings
# The events the holder chooses channels for (notify.rs, Event::CHOOSABLE).
controls-event-first-access = A health professional reads my DMP for the first time
controls-event-new-document = A new document is added to my DMP
controls-event-account = My password or a contact detail is changed
controls-event-closure = My DMP is closed

## My contact details
controls-contact-heading = My contact details
controls-contact-email = E-mail address
controls-contact-mobile = Mobile
controls-contact-no-email = none
controls-contact-no-mobile = none
controls-contact-change-email = Change my e-mail address
controls-contact-new-email = New e-mail address
controls-contact-new-email-again = New e-mail address, again
controls-contact-email-hint = A code will be sent to this address to confirm it.
controls-contact-change-mobile = Change my mobile number
controls-contact-new-mobile = New mobile number
controls-contact-new-mobile-again = New mobile number, again
controls-contact-mobile-hint = A code will be sent by text message to this number to confirm it.
controls-contact-get-code = Get a confirmation code
controls-contact-by-sms = by text message to { $value }
controls-contact-by-email = by e-mail to { $value }
# $what: one of the two above.
controls-contact-code-sent = A 6-digit code has been sent to you { $what }. Your contact detail will only change once you have typed this code; it is valid for { $minutes } minutes.
controls-contact-code = Code received
controls-contact-confirm = Confirm
controls-contact-cancel = Cancel this change

## Legal representatives
controls-reps-title = Legal representatives
controls-reps-invited = The invitation is sent. The second legal representative creates their access with the code they received.
controls-reps-removed = This access has ended. The person has been told.
controls-reps-none = No legal representative has access to your DMP.
controls-reps-some = These legal representatives have access to your DMP.
controls-reps-intro = The DMP of { $child } can be read by two legal representatives at most (the parents, or a guardian), each with their own identifier, password and sign-in codes.
# After the name of the representative who reads the page.
controls-reps-yours = (you)
controls-reps-leave-confirm = I no longer want to access this DMP
controls-reps-remove-confirm = I remove the access of { $name }
controls-reps-leave = End my access
controls-reps-remove = Remove their access
# $who: the name and relation; $until: a date.
controls-reps-pending = Invitation sent to { $who }, valid until { $until }: waiting for them to enter their code.
controls-reps-cancel-invitation = Cancel the invitation
controls-reps-invite-heading = Add the second legal representative
controls-reps-invite-intro = Enter their identity and their e-mail address or mobile number (or both). They will receive a 6-digit code, valid for 7 days, to create their own access: you will know neither their identifier nor their password.
controls-reps-relation = Their relationship to the child
controls-reps-choose = Choose
controls-reps-birth-name = Their birth name
controls-reps-first-names = Their first names
controls-reps-email = Their e-mail address
controls-reps-email-again = Their e-mail address, a second time
controls-reps-mobile = Their mobile number
controls-reps-mobile-again = Their mobile number, a second time
controls-reps-send = Send the invitation

## The invited representative creates their access
controls-accept-title = Create my legal representative access
controls-accept-heading = I received a legal representative's code
controls-accept-intro = A child's other legal representative has invited you to access this child's DMP. Enter the e-mail address or mobile number where you received the code, then the code, then choose your password: your identifier will be given to you on the next page.
controls-accept-contact = E-mail address or mobile number
controls-accept-code = Code received (6 digits)
controls-accept-password = Chosen password
controls-accept-password-hint = At least 12 characters, hard to guess: for example four unrelated words.
controls-accept-password-again = Password, a second time
controls-accept-submit = Create my access
controls-welcome-title = Your access is created
controls-welcome-text = You are a legal representative on the DMP of { $child }.
controls-welcome-note = For your next sign-ins, write down your identifier. You will also receive a code by e-mail or by text message each time you sign in.
controls-welcome-login = Identifier
controls-welcome-open = Open the DMP of { $child }

## Closing and reopening the record
controls-close-title = Close my DMP
controls-close-changes = What closing changes
controls-close-nobody = Nobody will be able to read your DMP or add to it any more: not you, not health professionals, even in an emergency.
controls-close-directives = Your advance directives, which are in your DMP, will no longer be available to doctors. Remember to keep a copy and to give it to your family or to your trusted person.
controls-close-no-directives = Your advance directives, if you add any, would no longer be available to doctors.
controls-close-archive = Your documents, your reimbursement data and the history of accesses are archived for 10 years, then destroyed.
controls-close-reopen-later = During these 10 years, you will be able to reopen your DMP, with all its documents, with your Carte Vitale and a creation code.
# Followed by a link (the next key) and a full stop.
controls-close-before = Before closing it, you can
controls-close-download = download your whole DMP
controls-close-reason = Why are you closing your DMP? (optional)
controls-close-accept = I understand that nobody will be able to read my DMP any more, and I ask for it to be closed.
controls-close-password = My password, to confirm
controls-close-cancel = Cancel
controls-closed-title = Your DMP is closed
controls-closed-text = Your DMP is closed and you are signed out. Nobody can read it any more. A confirmation message has been sent to you.
controls-closed-archive = It is archived for 10 years, then destroyed. Until then, you can reopen it at any time, with all its documents.
controls-reopen-title = Reopen my DMP
controls-reopen-intro = For 10 years after it was closed, you can reopen your DMP: it gets back all its documents and your choices. Identify yourself as when it was created, with your Carte Vitale and a creation code.
controls-reopen-no-code = I do not have a creation code
# The consent: before the link, the link, after it.
controls-reopen-consent-before = I accept the
controls-reopen-terms = terms of use
controls-reopen-consent-after = and I ask for my DMP to be reopened.
controls-reopened-title = Your DMP is reopened
controls-reopened-text = Your DMP is reopened, with all its documents. Sign in with your usual identifier and password.
controls-reopened-sign-in = Open my DMP
controls-reopened-forgotten = Forgotten identifier or password?
