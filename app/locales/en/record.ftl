# record pages (issue 17).
# What every page of the record shares (layout/record.rs).
record-idle-kiosk-title = Are you still there?
record-idle-title = Your session will soon expire
# {n} is replaced by the seconds left, in the browser.
record-idle-kiosk-message = For your safety, you will be signed out and the screen cleared in {"{"}n{"}"} seconds.
record-idle-message = If you do nothing, you will be signed out in {"{"}n{"}"} seconds.
record-idle-kiosk-button = I'm still here
record-idle-button = Stay signed in
# Also the CSS class of that line.
record-whose = You are reading your DMP ({ $name }).
record-whose-representative = You are reading the DMP of { $name }, as their legal representative.
record-whose-representatives = Legal representatives
record-whose-change = Change record
record-nav-reimbursements = Reimbursement data
record-nav-upload = Add a document
record-nav-personal = My personal information
record-nav-professionals = Allowed or blocked professionals
record-nav-emergency = Emergency access
record-nav-export = Download my DMP
# The record's navigation, for screen readers (also its CSS class).
record-nav = My DMP
record-nav-home = My DMP home
record-nav-history = Access history
record-nav-notifications = My notifications
record-nav-manage = Manage my DMP
record-nav-close = Close my DMP
record-sign-out = Sign out
record-sign-in-first = To see your DMP, please sign in.
record-sign-in = Sign in
# The right behind a professional's access: « On …: Dr X, with your permission. »
record-right-authorisation = with your permission
record-right-gp = as your regular doctor (médecin traitant)
record-right-break-glass = in an emergency (break-glass)
record-right-centre15 = by the SAMU–Centre 15 (emergency number 15)
record-right-author = as the author of the document
# The record's home.
record-home-title = My DMP home
record-my-dmp = My DMP
record-period = Period
record-from = From
record-to = To
record-show = Show
record-documents-none = No documents
record-documents = { $n ->
    [one] { $n } document
   *[other] { $n } documents
}
record-child-dmp = The child's DMP
record-representative-notice = You are looking at the DMP of { $name } as their legal representative. Some documents may stay confidential, at the child's request.
record-holder = Holder
record-ins = INS
record-created-on = Created on
record-latest = Latest documents
record-latest-none = No documents yet. Your health professionals will be able to add some, and so will you.
record-spaces = My nine spaces
record-reimbursement-lines = { $n ->
    [one] { $n } reimbursement line
   *[other] { $n } reimbursement lines
}
record-directives-title = My advance directives
# Followed by a link to the space and its count.
record-directives-intro = Your wishes about end-of-life care, for the day you can no longer express them:
record-last-professional = Last access by a professional
# $at: « 22/11/2026 à 21:30 »; $how: one of the record-right-… texts.
record-access = On { $at }: { $who }, { $how }.
record-no-professional = No health professional has looked at your DMP yet.
record-emergencies = Emergency access
record-access-reason = On { $at }: { $who }, { $how } — reason: “{ $reason }”.
# The spaces of a record (the access trace keeps the French).
record-space-syntheses = Summaries
record-space-traitements = Treatments
record-space-analyses = Test results
record-space-imagerie = Imaging
record-space-comptes-rendus = Medical reports
record-space-prevention = Prevention
record-space-certificats = Certificates
record-space-remboursements = Reimbursement data
record-space-personnel = Personal space
record-space-directives = Advance directives
# A space's page and a document's page.
record-page-not-found = Page not found
record-col-date = Date
record-col-document = Document
record-col-type = Type
record-col-author = Author
record-col-professionals = Professionals
record-by-you = Added by you
record-masked = Hidden
record-space-caption = { $title }: { $n ->
    [one] { $n } document
   *[other] { $n } documents
}
# Followed by a link (record-space-personal-link).
record-space-personal-notice = Your health notes, your contact details, the people to contact, your trusted person and your choice about organ donation:
record-space-personal-link = my personal information
record-space-directives-write = Write my advance directives online
record-space-directives-or = or
record-space-directives-upload = add a document
record-space-empty = No documents in this space for this period.
record-space-count = { $n ->
    [one] { $n } document, newest first.
   *[other] { $n } documents, newest first.
}
record-pages = Pages
record-page-previous = Previous page
record-page-of = Page { $page } of { $pages }
record-page-next = Next page
record-document-not-found = Document not found
record-download = Download
# The title of the frame (or the image's text) showing a document.
record-document-frame = Document: { $title }
record-open-pdf = Open the PDF full screen
record-delete-document = Delete this document
# The access history: its actor filter.
record-history-who-default = Everything except my own views
record-history-who-everyone = Everyone, including me
record-history-who-me = Me
record-history-who-professionals = Health professionals
record-history-who-emergency = Emergency access
record-history-who-insurer = The Assurance Maladie (health insurance)
# Why an access was allowed.
record-why-insurer = Feed required by law (reimbursement data)
record-why-holder = You are the holder of the DMP
record-why-representative = Legal representative
record-why-authorisation = Your permission
record-why-gp = DMP regular doctor (médecin traitant)
record-why-author = Author of the document
record-why-author-feeding = Author of the document (adding to the DMP needs no permission)
record-why-break-glass = « Bris de glace » (break-glass): emergency declared by the professional
record-why-centre15 = SAMU–Centre 15: call to the emergency regulating doctor
record-history-date-error = Enter the dates as dd/mm/yyyy.
record-history-title = Access history
record-history-intro = Every time your DMP is read, and every action on it, is recorded here: by you, by health professionals, by the Assurance Maladie. This history can be neither changed nor erased.
record-history-filter = Filter
record-history-who = Who
record-history-empty = No entries match these criteria.
record-history-count = { $n ->
    [one] { $n } entry.
   *[other] { $n } entries, newest first.
}
record-history-caption = History of access to your DMP
record-history-what = What
record-history-why = Why it was allowed
record-history-emergency = Emergency access
# Between an action and the document's link, spaces included.
record-history-document-colon = :{" "}
record-history-receipt = Print the receipt (PDF)
record-history-reason = Reason: “{ $reason }”
# « Mes notifications ».
record-notifications-title = My notifications
record-notifications-settings = Choose what I receive by e-mail or text message, change my e-mail address or my mobile number
record-notifications-none = No notifications yet.
# $at: « 22/11/2026 à 21:30 ».
record-notification-date = On { $at }
# « Choisir un dossier ».
record-choose-title = Choose a record
record-choose-heading = Which DMP do you want to open?
record-choose-intro = Your account gives you access to several records. You can change record at any time from the home page.
record-choose-representative = The DMP of { $name }, whose legal representative I am
record-choose-own = My DMP ({ $name })
# $label: record-choose-representative or record-choose-own.
record-choose-open = Open: { $label }
record-choose-current = (record open right now)
# « Données de remboursement ».
record-remb-title = Reimbursement data
record-remb-none = No reimbursements over this period.
record-remb-caption = { $title }: { $n ->
    [one] { $n } line
   *[other] { $n } lines
}
record-remb-intro = The history of your care reimbursed by the Assurance Maladie over the last 24 months. The mark « H » shows care given in a hospital or clinic.
record-remb-print = Print
record-remb-pharmacy = Pharmacy / supplies
record-remb-date = Date
record-remb-label = Description
record-remb-substances = Active ingredients
record-remb-quantity = Quantity
# The column of care given in a hospital or clinic.
record-remb-h = H
record-remb-care = Medical and dental care
record-remb-act = Procedure
record-remb-coefficient = Coefficient
record-remb-speciality = Speciality
record-remb-radiology = Radiology
record-remb-ccam = CCAM procedure
record-remb-hospital = Hospital stays
record-remb-admission = Admission date
record-remb-days = Length (days)
record-remb-stay = Type of stay
record-remb-biology = Laboratory tests
record-remb-nabm = NABM procedure
# The reimbursements period, when its dates cannot be read.
record-remb-from-invalid = The start date is not valid: choose a day, for example 01/01/2026.
record-remb-to-invalid = The end date is not valid: choose a day, for example 31/12/2026.
record-remb-reversed = The start date is after the end date: the period has been put the right way round.
# The summary in the downloaded archive (synthese.pdf): its title, also
# the document's title in its properties. Its reimbursements reuse the
# record-remb-… words.
record-export-pdf-title = Summary of my Shared Medical Record (DMP)
record-export-pdf-ins = National health identifier (INS)
record-export-pdf-created-on = Date the DMP was created
record-export-pdf-exported-on = Downloaded on
# $date: « 22 November 2026 »; $time: « 14:05 ».
record-export-pdf-date-time = { $date } at { $time }
record-export-pdf-documents = Documents: { $n ->
    [0] none
   *[other] { $n }
}
record-export-pdf-no-document = There are no documents in your DMP.
# Under a document's date and title; $visibility: record-export-pdf-masked or -visible.
record-export-pdf-document-kind = Type: { $type }; author: { $author }; { $visibility }.
record-export-pdf-masked = hidden from health professionals
record-export-pdf-visible = visible to authorised health professionals
# $name: the document's file in the archive (its own name, not translated).
record-export-pdf-document-file = File: { $name }
record-export-pdf-reimbursements = The care reimbursed by the Assurance Maladie, newest first. The mark « H » shows care given in a hospital or clinic.
# $title: a family of reimbursements (record-remb-pharmacy…).
record-export-pdf-lines = { $title }: { $n ->
    [0] no lines
    [one] { $n } line
   *[other] { $n } lines
}
# A filled column of a reimbursement line and its value: « Quantity: 2 ».
record-export-pdf-cell = { $label }: { $value }
# Between the columns of a reimbursement line, spaces included.
record-export-pdf-cells-separator = {"; "}
# Who looked, in the history, when it is not a professional.
record-history-actor-you = You
record-history-actor-insurer = Health insurance (Assurance Maladie)
