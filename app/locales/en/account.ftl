# « J'accède à mon DMP »: signing in, the one-time code, the first
# password. Keys ending in -easy are the easy-read versions.
account-heading = I sign in to my DMP
account-signed-in = You are signed in to your DMP.
account-go-record = Go to my DMP
account-code-left = You still have to enter the code you received.
account-enter-code = Enter my code
account-password-left = You still have to choose your password.
account-choose-password = Choose my password
account-expired = Your sign-in has expired or has not started.
account-sign-in-again = Sign in
account-intro = Enter the identifier and the password of your secrets document. A single-use code will then be sent to you by e-mail or by text message.
account-intro-easy =
    You got a paper when you created your DMP.
    This paper is called the « secrets document ».
    Write the identifier and the password from this paper.
    Then you get a code by e-mail or by text message.
account-login = Sign-in identifier
account-login-hint-easy =
    It is written on your secrets document.
    For example: marieleroy.
account-password = Password
account-password-hint-easy = Be careful with capital and small letters: A and a are not the same.
account-submit = Sign in
account-forgotten = Forgotten identifier or password
account-no-dmp = No DMP yet? Create my DMP
account-invitation = I received a legal representative's code

## The one-time code
account-code-title = Sign-in code – I sign in to my DMP
account-code-heading = My sign-in code
account-by-email = by e-mail ({ $to })
account-by-sms = by text message ({ $to })
account-code-sent = A 6-digit code was sent to you { $to }. It is valid for 10 minutes.
account-code-sent-easy =
    We sent you a code { $to }.
    The code has 6 digits.
    Write this code in the box.
    Do it within 10 minutes.
account-outbox = See the messages sent (demonstration, new tab)
account-code-new-by = Get a new code
account-code-get = Get my code
account-code-get-hint-easy = Choose where you want to get the code: in your e-mail or on your mobile phone.
account-code-new = Get a new code
account-code = Code received
account-code-hint = The 6 digits of the last message received.
account-code-hint-easy =
    Write the 6 digits of the message.
    If you have several messages, take the last one.
account-validate = Confirm
account-no-message = No message?
account-no-message-text = Wait a few minutes and check your junk mail. Otherwise, ask for a new code: the one you received will no longer work.
account-no-message-text-easy =
    Wait a few minutes.
    Look in your junk mail (spam) too.
    Still nothing?
    Ask for a new code.
    Careful: the old code no longer works.

## The first password
account-password-title = My password – I sign in to my DMP
account-password-heading = I choose my password
account-password-intro = This is your first sign-in: choose your own password. The initial password will no longer work.
account-password-intro-easy =
    This is the first time you open your DMP.
    Choose your own password.
    The password on the secrets document will no longer work.
account-rule-length = at least { $min } characters;
account-rule-length-easy = It has at least { $min } letters, digits or signs.
account-rule-personal = not your identifier, your name or your first name;
account-rule-personal-easy = It does not have your name, your first name or your identifier in it.
account-rule-guess = hard to guess: several unrelated words make a good password, for example « rabbit-green-soup-cloud ».
account-rule-guess-easy =
    Nobody can guess it.
    An idea: put 4 words together.
    For example: rabbit-green-soup-cloud.
account-new-password = New password
account-new-password-confirm = Confirm the new password
account-save-password = Save my password
account-strength = Strength:
account-strength-very-weak = Very weak
account-strength-low = Weak
account-strength-good = Good
account-strength-excellent = Excellent
account-strength-weak = — not strong enough yet

## Signed out
account-signed-out = You are signed out
account-signed-out-text = You are signed out of your DMP. On a shared computer, close the browser too.
account-signed-out-text-easy =
    You have left your DMP.
    Nobody can read it on this device.
    Are you on a shared computer?
    Close the web browser too.
account-sign-in-again-button = Sign in again
