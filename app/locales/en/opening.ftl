# opening pages (issue 17).

## The Carte Vitale in hand
opening-nir = Social security number
opening-nir-hint = The 15 characters printed on the card, including the key.
opening-card-type = Type of Carte Vitale
opening-card-with-photo = Carte Vitale with photo
opening-card-without-photo = Carte Vitale without photo
opening-serial = Serial number of the Carte Vitale

## Contacts, each typed twice
opening-email = Email address
opening-email-confirm = Confirm the email address
opening-mobile = Mobile phone
opening-mobile-hint = 10 digits, starting with 06 or 07.
opening-mobile-confirm = Confirm the mobile phone

## The three questions
opening-yes = Yes
opening-no = No
opening-q1-legend = 1. Presenting the DMP and consent
opening-q1-hint = The DMP is the person's digital health record: they and the health professionals they authorise can read it; they can hide a document, see who has read it and close it at any time. It is free and optional.
opening-q1-accept = The DMP has been presented to the person, who consents to its creation.
opening-q2-legend = 2. Access in an emergency
opening-q2-hint = The person can change their mind at any time from their DMP or at a desk.
opening-q2-break-glass = May a health professional access their DMP in an emergency, without their consent (break-glass)?
opening-q2-samu = May the SAMU – Centre 15 doctor read their DMP during an emergency call?
opening-q3-legend = 3. To sign in later (optional)
opening-q3-hint = An email address or a mobile number, typed twice: the person will receive their login and temporary password on the secrets document. If they have neither, leave empty: the DMP is created all the same and the health professionals they choose can use it.
opening-rep-legend = The legal representative, who answers for the child
opening-rep-relation = Relationship to the child
opening-choose = Choose
opening-rep-birth-name = Legal representative's surname
opening-rep-first-name = Legal representative's first name
