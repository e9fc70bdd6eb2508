# The home page.
home-title = Home
home-heading = My Shared Medical Record
home-lead = The DMP (Dossier Médical Partagé) is your digital health record. It keeps your medical reports, test results, treatments and reimbursed care in one place, so that the doctors who treat you have the right information.
home-create = Create my DMP
home-sign-in = Open my DMP
home-facts = The DMP in short
home-free = It is free
home-free-text = The DMP costs nothing. It is offered by the French national health insurance, the Assurance Maladie.
home-optional = It is optional
home-optional-text = You choose whether to create it. You can close it at any time. Your reimbursements do not change.
home-readers = Who can read it?
home-readers-text = You, and the health professionals who treat you, with your consent. Your regular doctor (médecin traitant) sees your whole record. Neither your employer, nor your bank, nor your insurance or your complementary health insurance can read it.
home-control = You stay in control
home-control-text = You can hide a document, block a professional and see at any time who has looked at your record.
home-contents = What your DMP holds
home-spaces = Your record is organised in nine spaces:
home-space-syntheses = Summaries
home-space-treatments = Treatments
home-space-analyses = Test results
home-space-imaging = Imaging
home-space-reports = Medical reports
home-space-prevention = Prevention
home-space-certificates = Certificates
home-space-reimbursements = Reimbursement data
home-space-personal = Personal space
home-directives = You can also write your advance directives there, your wishes about end-of-life care: they are kept apart.
home-history = When it is created, the Assurance Maladie adds the history of your reimbursed care over the last 24 months.
home-needs = To create your DMP, you need
home-need-card = your Carte Vitale (with or without a photo);
home-need-code = the 12-character creation code sent by the Assurance Maladie. Lost it? You can ask for a new one;
home-need-contact = an e-mail address or a mobile phone number, to receive a code each time you sign in.

# The same page, easy to read: one idea per sentence, common words,
# hard words explained, the reader addressed directly.
home-easy-heading = The DMP: your health record on the internet
home-easy-what = What is the DMP?
home-easy-what-1 =
    DMP means Dossier Médical Partagé.
    In English: shared medical record.
home-easy-what-2 = The DMP is a health record on the internet.
home-easy-what-3 = It keeps your health papers in one place.
home-easy-what-4 = For example: your blood tests, your X-rays, your medicines.
home-easy-what-5 =
    The doctors who treat you can read your DMP.
    They can treat you better.
home-easy-free =
    It is free.
    You choose.
home-easy-free-1 = The DMP costs nothing.
home-easy-free-2 = You choose to have a DMP or not.
home-easy-free-3 = You can close your DMP when you want.
home-easy-readers = Who can read your DMP?
home-easy-readers-1 = You.
home-easy-readers-2 = The doctors and nurses who treat you, if you agree.
home-easy-readers-3 = Your boss cannot read your DMP.
home-easy-readers-4 = Your bank and your health insurance company cannot read your DMP.
home-easy-needs = To create your DMP, you need 3 things
home-easy-need-card =
    Your Carte Vitale.
    It is your green health insurance card.
home-easy-need-code =
    The creation code.
    The Assurance Maladie sent you this code by post or by e-mail.
    The code has 12 letters and numbers.
home-easy-need-contact =
    An e-mail address or a mobile phone.
    You get a code by e-mail or on your phone.
    This code opens your DMP.
home-easy-help = Do you need help?
home-easy-help-1 =
    You can go to an Assurance Maladie office.
    Someone will help you.
home-easy-help-2 = You can also call 36 46.
