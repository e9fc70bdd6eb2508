# workshop pages (issue 17).
## The facilitators' workshops (/atelier)
workshop-theme-discover = The DMP: what, why, how, rights and risks
workshop-theme-create = Creating and reading your DMP
workshop-theme-professionals = Professionals: adding to the DMP of the people they care for
# A workshop whose theme is unknown.
workshop-theme-other = Workshop
workshop-reserved = This area is for the associations' DMP workshop facilitators.
workshop-title = DMP workshops
workshop-none = You have no workshop yet.
workshop-mine = My workshops
workshop-figures =
    { $expected ->
        [one] { $expected } participant expected
       *[other] { $expected } participants expected
    } · { $opened ->
        [one] { $opened } DMP opened during the workshop
       *[other] { $opened } DMPs opened during the workshop
    }
workshop-ended = Workshop ended.
workshop-device-in-use = This device is used for this workshop: the DMPs created here today are counted for it.
workshop-device-release = Stop using this device for the workshop
workshop-device-use = Use this device for this workshop
workshop-not-today = This workshop is not taking place today.
workshop-room-link = See the room live
workshop-report-link = Download the workshop report (PDF)
workshop-end = End the workshop
workshop-practice-heading = Practice with made-up people
workshop-practice-figures =
    { $cards ->
        [one] { $cards } practice card
       *[other] { $cards } practice cards
    } · { $records ->
        [one] { $records } practice DMP
       *[other] { $records } practice DMPs
    } opened with { $cards ->
        [one] it
       *[other] them
    }
# $path: the address of the practice page, « /entrainement ».
workshop-practice-hint = Each participant types their card's code on the page { $path }: their sign-in codes appear there, nothing is sent.
workshop-practice-print = Print the practice cards (PDF)
workshop-practice-destroy = Delete the made-up people
workshop-practice-count = Number of practice cards (1 to 60)
workshop-practice-prepare = Prepare the practice
workshop-new-heading = Create a workshop
workshop-new-date = Date
workshop-new-place = Place
workshop-new-place-hint = For example: Salle des fêtes, Plouha
workshop-new-association = Association
workshop-new-association-hint = For example: Générations Mouvement des Côtes-d'Armor
workshop-new-theme = Theme
workshop-new-expected = Participants expected
workshop-new-submit = Create the workshop
# $workshop: its date and place, « 22 novembre 2026, Plouha ».
workshop-of = Workshop on { $workshop }

## The room at a glance
workshop-room-title = The room live
workshop-room-not-found = This workshop does not exist or is not yours.
# $at: the time, « 14:32:05 ».
workshop-room-updated = Updated at { $at }: the room updates itself every { $seconds } seconds.
workshop-room-refresh = Update now
workshop-room-stuck = Stuck for more than two minutes
# $step: one of the steps below.
workshop-room-stuck-card = Card no. { $number } — { $step } (for { $minutes } min)
workshop-room-practice = Practice
workshop-room-no-cards = No practice card for this workshop.
workshop-room-caption =
    { $n ->
        [one] Where the practice card is
       *[other] Where the { $n } practice cards are
    }
workshop-room-col-step = Step
workshop-room-col-participants = Participants
workshop-room-step-not-started = Not started yet
workshop-room-step-1 = Step 1: identification
workshop-room-step-2 = Step 2: information and terms
workshop-room-step-3 = Step 3: secrets document
workshop-room-step-signed-in = Signed in to their practice DMP
workshop-room-step-masked = Has hidden a document
workshop-room-real = Real DMPs
workshop-room-opened =
    { $n ->
        [one] { $n } DMP opened for real during the workshop.
       *[other] { $n } DMPs opened for real during the workshop.
    }
workshop-room-back = Back to my workshops

## A participant's practice card (/entrainement)
workshop-practice-title = DMP practice
workshop-practice-intro = During a workshop, the facilitator gives you a practice card: a made-up person, so you can try the DMP without any risk. Nothing you do with it is real, and no message is sent.
workshop-practice-code = Card code
workshop-practice-code-hint = The 12 characters in the « Code de la carte » box, for example K7QP-3MZD-2XRT
workshop-practice-start = Start practising
workshop-practice-record-open = This person's practice DMP is open. Sign in with the identifier and the password of the secrets document, then the code you receive below.
workshop-practice-sign-in = Sign in to the practice DMP
workshop-practice-create-text = Create this person's DMP with the information above, just as you would with your own Carte Vitale.
workshop-practice-create = Create the practice DMP
workshop-practice-card-number = Practice card no. { $number }
# After the card's number, in bold.
workshop-practice-fictitious = — a made-up person. Nothing you do here is real.
workshop-practice-name = Name
workshop-practice-nir = Social security number
workshop-practice-card-with-photo = Carte Vitale with photo
workshop-practice-card-without-photo = Carte Vitale without photo
workshop-practice-creation-code = DMP creation code
workshop-practice-messages = Messages received
workshop-practice-messages-intro = The e-mails and text messages the DMP would send to this person arrive here, and nowhere else: your sign-in codes, for example.
workshop-practice-refresh = Refresh the messages
workshop-practice-no-message = No message yet.
workshop-practice-letter = Read the letter (PDF)
workshop-practice-channel-email = E-mail
workshop-practice-channel-sms = Text message
workshop-practice-channel-letter = Letter
workshop-practice-leave = Stop practising on this device

## The practice cards, printed for the facilitator (PDF)
# Also the document's title in its properties.
workshop-practice-pdf-meta = DMP practice cards
workshop-practice-pdf-title = Practice card no. { $number } — a made-up person
# $date: « 22 November 2026 »; $place: « Salle des fêtes, Plouha ».
workshop-practice-pdf-workshop = DMP workshop on { $date }, { $place }. Nothing is real: neither the person nor their DMP.
# $address: the practice page's address, « www.dmp.example/entrainement ».
workshop-practice-pdf-where = 1. On { $address }, card code
# $card: workshop-practice-card-with-photo or -without-photo.
workshop-practice-pdf-serial = { $card }, serial number

## The workshop's report (PDF)
# Also the document's title in its properties.
workshop-report-pdf-title = DMP workshop report
workshop-report-pdf-facilitator = Facilitator
workshop-report-pdf-participation = Participation
workshop-report-pdf-opened = DMPs opened during the workshop
workshop-report-pdf-by-email = of these, with an e-mail address
workshop-report-pdf-minors = of these, for a minor child
workshop-report-pdf-practice-cards = Practice cards (made-up people)
workshop-report-pdf-practice-records = Practice DMPs opened with them
workshop-report-pdf-status = Status
workshop-report-pdf-ended = workshop ended
workshop-report-pdf-not-ended = workshop in progress or to come
workshop-report-pdf-only-numbers = This report contains only numbers: no personal data about the participants. The DMPs counted are those opened with « Create my DMP » on a device used for the workshop on the day it took place.

## Kiosk mode (/borne)
workshop-kiosk-title = Reception kiosk mode
workshop-kiosk-intro = For reception staff only: on a shared device, kiosk mode makes the text larger, turns off the browser's autofill and wipes everything typed after a time without activity or when the person has finished.
workshop-kiosk-on = This device is in kiosk mode.
workshop-kiosk-off = This device is not in kiosk mode.
workshop-kiosk-disable = Turn off kiosk mode
workshop-kiosk-enable = Turn on kiosk mode on this device
workshop-kiosk-enable-hint = Once kiosk mode is on, you are signed out: the device is ready for the public.
workshop-kiosk-to-disable = To turn it off, a reception agent signs in on this device.
workshop-kiosk-to-enable = To turn it on, a reception agent signs in on this device.
workshop-kiosk-sign-in = Sign in as a reception agent

## The demonstration outbox (/demo/messages)
workshop-outbox-title = Messages sent (demonstration)
workshop-outbox-heading = Messages sent
workshop-outbox-demo-only = This page only exists in demonstration mode.
workshop-outbox-intro = Demonstration mode: the e-mails, text messages and letters sent by the portal are shown here, newest first. The demonstration people are made up.
workshop-outbox-none = No message yet.
workshop-outbox-channel-email = E-mail
workshop-outbox-channel-sms = Text message
workshop-outbox-channel-letter = Letter
# When a message was sent: « 22/11/2026 », « 18:04 ».
workshop-outbox-at = { $date } at { $time } (UTC)
workshop-outbox-attachment = Attachment: { $name }
