// The most common passwords of 10+ characters in public breach lists (lower-cased). Anything on
// this list is refused at sign-up.
const COMMON_PASSWORDS = new Set(
  `1234567890 0123456789 0987654321 1111111111 0000000000 1234512345 1q2w3e4r5t 1qaz2wsx3edc
qwertyuiop qwertyuiop1 asdfghjkl1 zxcvbnm123 password12 password123 password1234 passw0rd123
iloveyou12 iloveyou123 princess12 sunshine12 football12 baseball12 basketball superman12
qwerty1234 qwerty12345 qwerty123456 abc1234567 abcdefghij abcd123456 aaaaaaaaaa 1234qwerty
123456789a a123456789 123456789q q123456789 1q2w3e4r5t6y 123qweasdzxc qazwsxedcrfv 1234567891
12345678910 9876543210 5555555555 7777777777 8888888888 9999999999 2222222222 1212121212
1122334455 1234554321 1111122222 0102030405 123123123123 147258369 1472583690 1597534862
password01 password11 password99 letmein123 welcome123 welcome1234 changeme123 administrator
adminadmin admin12345 admin123456 trustno1234 starwars12 pokemon123 dragon1234 monkey1234
michael123 jennifer12 liverpool1 chelsea123 arsenal123 manchester iloveyou1234 lovelove12
loveyou123 sexysexy12 fuckyou123 fuckoff123 whatever12 computer12 internet12 football123
password! password1! p@ssw0rd12 p@ssword123 qwerty!234 qweasdzxc1 zaq12wsxcde asdfasdfasdf
asdfghjkl123 qwertyqwerty 1qazxsw23edc mustang123 shadow1234 master1234 killer1234 hunter1234
soccer1234 hockey1234 charlie123 jordan2323 thomas1234 summer2024 summer2025 summer2026
winter2024 winter2025 winter2026 spring2025 autumn2025 january2025 bridges123 bridgesforum
forum12345 myspace123 facebook12 google1234 linkedin12 samsung123 iphone1234 blink18218`.split(/\s+/),
)

export function isCommonPassword(password: string) {
  return COMMON_PASSWORDS.has(password.toLowerCase())
}
