# personal pages (issue 17).

## Mes informations personnelles: the summary
personal-title = My personal information
personal-intro = This information is part of your personal space. Healthcare professionals who have access to your DMP can read it: it helps them care for you, especially in an emergency.
personal-missing = Not given
# Said of the address (feminine in French).
personal-missing-address = Not given
# The six subjects: headings of the summary and titles of their pages.
personal-subject-notes = My health notes
personal-subject-coordinates = My contact details
personal-subject-contacts = People to contact in an emergency
personal-subject-trusted = My trusted person
personal-subject-directives = My advance directives
personal-subject-organ = Organ donation
# Followed by a link (personal-notes-where-link) to the space, then a full stop.
personal-notes-where = What you write here. The documents you have uploaded are in the
personal-notes-where-link = Personal space
personal-allergies = Allergies
personal-history = Medical history
personal-operations = Operations
personal-blood-group = Blood group
personal-free-note = Free note
personal-edit-notes = Edit my health notes
personal-postal-address = Postal address
personal-phone = Phone
personal-edit-coordinates = Edit my contact details
personal-no-contacts = No people to contact yet.
personal-edit-contacts = Add or remove a person to contact
personal-no-trusted = You have not named a trusted person.
personal-edit-trusted = Name or change my trusted person
# $date: the day the directives were written (already written out).
personal-directives-written = Written online on { $date }.
personal-directives-read = Read my directives
personal-no-directives = You have not written advance directives online.
personal-edit-directives = Write my advance directives
personal-edit-organ = Change my choice
# Button; followed by the person's name for screen readers.
personal-remove = Remove
# Confirmations after a change.
personal-done-notes = Your health notes have been saved.
personal-done-coordinates = Your contact details have been saved.
personal-done-contact-added = The person to contact has been added.
personal-done-contact-removed = The person to contact has been removed.
personal-done-trusted = Your trusted person has been saved.
personal-done-trusted-removed = Your trusted person has been removed.
personal-done-directives = Your advance directives have been saved. They also appear in the Advance directives space.
personal-done-organ = Your choice about organ donation has been saved.

## One page per subject
personal-not-found = Page not found
personal-back-summary = Back to my personal information
personal-back = ← My personal information
personal-notes-intro = Write down what health professionals need to know about you. All fields are optional.
personal-allergies-hint = Medicines, foods, products… and what they cause.
personal-history-hint = Illnesses you have had or still have, including in your close family.
personal-operations-hint = With the year, if you know it.
personal-blood-group-unknown = I don't know
personal-save-notes = Save my notes
personal-coordinates-intro = Your address and phone number, so that health professionals can reach you. Everything is optional.
personal-address = Address (number and street)
personal-postal-code = Postcode
personal-town = Town
personal-phone-hint = For example 01 23 45 67 89.
personal-save-coordinates = Save my contact details
# $n: how many people to contact one may name, at most.
personal-contacts-intro =
    The people health professionals can call if you have an accident or are taken ill. You can name { $n ->
        [one] one person
       *[other] up to { $n } people
    }.
personal-my-contacts = My people to contact
personal-add-contact = Add a person to contact
personal-contacts-full = Your list is full: remove a person to add another one.
personal-add-contact-submit = Add this person
personal-last-name = Last name
personal-first-name = First name
personal-relation = Relationship to you
personal-relation-hint = For example: daughter, neighbour, friend.
personal-person-phone-hint = For example 06 12 34 56 78.
personal-trusted-intro = Your trusted person can go with you to your medical appointments and help you with formalities, if you wish. If one day you can no longer express yourself, the doctors will ask them first: they will say what you would have wanted. It can be someone close to you, a relative or your regular doctor.
personal-trusted-in-writing = A trusted person is named in writing, signed by you and by them; entering them here lets health professionals know who they are and how to reach them.
personal-save-trusted = Save my trusted person
personal-remove-trusted = Remove my trusted person
personal-directives-intro = Advance directives say what you want for the end of your life, in case you can no longer say it yourself: continuing, limiting or stopping treatment, being relieved of pain… Doctors must respect them. You can change or delete them at any time.
personal-directives-examples = For example, you can write:
personal-directives-example-1 = what matters most to you;
personal-directives-example-2 = the treatments you accept or refuse (resuscitation, artificial ventilation, tube feeding…);
personal-directives-example-3 = where you want to be cared for, and who you want near you.
# $date: the day the current version was written (already written out).
personal-directives-current = Current version written on { $date }. If you save, you replace it.
personal-save-directives = Save my directives
# Three pieces: text, link to the upload page, text.
personal-directives-paper = Have you already written them on paper?
personal-directives-paper-link = Upload the document
personal-directives-paper-type = and choose the type « Directives anticipées » (advance directives).
personal-organ-law = In France, the law considers everyone an organ and tissue donor after death, unless they have said no. The choice you give here lets health professionals and your family know.
personal-organ-register = To be sure your refusal is taken into account, also sign up to the national refusal register, kept by the Agence de la biomédecine.
personal-organ-choice = My choice
personal-organ-unsaid = I would rather not say
personal-organ-yes = I agree to donate my organs and tissues after my death
personal-organ-no = I refuse the removal of my organs and tissues after my death
personal-save-organ = Save my choice

## Déposer un document
personal-upload-title = Upload a document
personal-upload-intro = Add a document you have to your DMP (prescription, report, test results…). Accepted formats: PDF, JPEG or PNG, 5 MB at most. You can delete it at any time.
personal-upload-type = Document type
personal-upload-choose = Choose
# $label: the document type; $space: the title of the space it goes to.
personal-upload-type-option = { $label } — space: { $space }
personal-upload-doc-title = Title
personal-upload-date = Document date
personal-upload-date-hint = Leave empty for today's date.
personal-upload-file = File
personal-upload-file-hint = PDF, JPEG or PNG, 5 MB at most.
personal-upload-submit = Upload the document

## Télécharger mon DMP
personal-export-title = Download my DMP
personal-export-intro = You can save a complete copy of your DMP on your computer, as a single compressed file (ZIP). It contains:
# $n: how many documents the archive holds.
personal-export-documents =
    { $n ->
        [0] your documents (you don't have any yet)
        [one] your document
       *[other] your { $n } documents
    }
# $documents: personal-export-documents. The names in « » are the archive's own.
personal-export-documents-item = { $documents }, sorted by space, in their original format (PDF, image or text): folder « documents »;
personal-export-summary-item = a summary of your DMP as a PDF (your identity, the list of your documents and your reimbursement data): file « synthese.pdf »;
personal-export-history-item = the history of every access to your DMP, to open with a spreadsheet: file « historique-des-acces.csv ».
personal-export-warning = This file contains your health data: save it somewhere safe and do not leave it on a shared computer. The download is recorded in your DMP's access history.
personal-export-kiosk = Downloading is not offered on a reception kiosk: the device is shared. Do it from your computer or your phone.
personal-export-download = Download my DMP (ZIP)
