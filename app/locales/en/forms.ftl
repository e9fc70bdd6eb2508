# What every form shares: the creation steps, the error summary, fields.
forms-loading = Loading…
forms-required = (required)
# Read by screen readers before a field's error.
forms-error-prefix = Error:
forms-summary-one = One thing needs correcting
forms-summary-many = { $n } things need correcting
forms-steps = Steps to create your DMP
forms-step-count = Step { $n } of 3
forms-step-1 = I identify myself
forms-step-2 = I enter my personal details
forms-step-3 = I get the sign-in details of my DMP
forms-step-done = (done)
forms-step-current = (current)
forms-step-to-come = (to come)
# The four fields that prove who someone is (step 1, forgotten password, reopening).
forms-nir = Social security number
forms-nir-hint = The 15 characters printed on your Carte Vitale, including the 2-digit key. Spaces are accepted.
forms-nir-hint-easy =
    It is the number written on your Carte Vitale.
    It has 15 digits.
forms-code = Creation code
forms-code-hint = The 12 characters you received by post or by e-mail, for example ABCD-2345-6789. Dashes and spaces are accepted.
forms-code-hint-easy =
    The health insurance (Assurance Maladie) sent you this code by post or by e-mail.
    It has 12 letters and digits.
    For example: ABCD-2345-6789.
forms-card-type = Type of Carte Vitale
forms-card-type-hint = The serial number is not in the same place on the two cards.
forms-card-type-hint-easy =
    Look at your Carte Vitale.
    Is your photo on it?
forms-card-with-photo = Carte Vitale with a photo
forms-card-without-photo = Carte Vitale without a photo
forms-serial = Serial number of the Carte Vitale
# The same place as the pictures of the cards show (issue 17).
forms-serial-hint = Card with a photo: on the front, top right, just left of the photo (the last 11 digits). Card without a photo: on the back (8 to 13 digits). Spaces are accepted. Cannot read it? Call 36 46.
forms-serial-hint-easy =
    It is another number on your Carte Vitale.
    Card with a photo: it is on the front, at the top, just left of the photo.
    Card without a photo: it is on the back.
    You cannot read it?
    Call 36 46.
forms-serial-with-photo = Card with a photo: the serial number is on the front, top right, just left of the photo (the last 11 digits).
forms-serial-without-photo = Card without a photo: the serial number is on the back (8 to 13 digits).
# A legal representative's relation to the child.
forms-relation-mother = Mother
forms-relation-father = Father
forms-relation-stepmother = Stepmother
forms-relation-stepfather = Stepfather
forms-relation-grandmother = Grandmother
forms-relation-grandfather = Grandfather
forms-relation-great-grandmother = Great-grandmother
forms-relation-great-grandfather = Great-grandfather
forms-relation-aunt = Aunt
forms-relation-uncle = Uncle
forms-relation-sister = Sister
forms-relation-brother = Brother
forms-relation-other = Other legal representative (guardian…)
forms-relation-any = Legal representative
