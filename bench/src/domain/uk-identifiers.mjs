// Valid UK identifiers for the anonymity corpus, drawn from a seeded random source: each is
// built to the rules its issuer uses (check digits and letters included), so that a detector
// which checks them finds every one, and one that only looks at the shape is not helped.
// Written here from the published rules, not taken from the package, so that a mistake in
// the package's own checks cannot hide itself.

/** Letters the DfE uses for UPN check letters and for a temporary UPN's last character. */
const UPN_LETTERS = 'ABCDEFGHJKLMNPQRTUVWXYZ';

/**
 * The check letter of a UPN whose last twelve characters are `rest` (the DfE's algorithm:
 * characters 2 to 13 weighted 2 to 13, digits by their value, the sum modulo 23 indexing
 * "ABCDEFGHJKLMNPQRTUVWXYZ").
 */
export function upnCheckLetter(rest) {
  let sum = 0;
  for (let index = 0; index < 12; index++) {
    const char = rest[index];
    const value = /[0-9]/.test(char) ? Number(char) : UPN_LETTERS.indexOf(char);
    sum += value * (index + 2);
  }
  return UPN_LETTERS[sum % 23];
}

/** The NHS modulus 11 check digit of nine digits (weights 10 down to 2); undefined where none is issued. */
export function nhsCheckDigit(nine) {
  let sum = 0;
  for (let index = 0; index < 9; index++) sum += Number(nine[index]) * (10 - index);
  const check = 11 - (sum % 11);
  if (check === 10) return undefined; // never issued
  return check === 11 ? 0 : check;
}

/** The ISBN-13 check digit of twelve digits (weights 1, 3, 1, 3, …). */
export function isbn13CheckDigit(twelve) {
  let sum = 0;
  for (let index = 0; index < 12; index++) sum += Number(twelve[index]) * (index % 2 ? 3 : 1);
  return (10 - (sum % 10)) % 10;
}

/** A factory of valid identifiers from `random` (a function returning [0, 1)). */
export function identifierSource(random) {
  const int = (low, high) => low + Math.floor(random() * (high - low + 1));
  const pick = (list) => list[Math.floor(random() * list.length)];
  const digits = (count) => Array.from({ length: count }, () => int(0, 9)).join('');

  return {
    pick,
    int,
    digits,
    /** Ten digits with a valid check digit, e.g. "9434765919". */
    nhsNumber() {
      for (;;) {
        const nine = `${int(4, 9)}${digits(8)}`;
        const check = nhsCheckDigit(nine);
        if (check !== undefined) return `${nine}${check}`;
      }
    },
    /**
     * A National Insurance number, "AB123456C": HMRC's rules for the prefix (first letter
     * not D, F, I, Q, U or V; second not those or O; never BG, GB, KN, NK, NT, TN or ZZ) and
     * a suffix A to D.
     */
    niNumber() {
      const first = 'ABCEGHJKLMNOPRSTWXYZ';
      const second = 'ABCEGHJKLMNPRSTWXYZ';
      for (;;) {
        const prefix = `${pick([...first])}${pick([...second])}`;
        if (['BG', 'GB', 'KN', 'NK', 'NT', 'TN', 'ZZ'].includes(prefix)) continue;
        return `${prefix}${digits(6)}${pick(['A', 'B', 'C', 'D'])}`;
      }
    },
    /**
     * A permanent UPN, "H801200111006" with its check letter: a local authority number
     * (real ones: Derby 831, Derbyshire 830, …), a school's establishment number, the year of allocation and a serial.
     */
    upn() {
      const la = pick([201, 202, 304, 330, 370, 380, 420, 801, 831, 830, 855, 856, 892, 919, 938]);
      const rest = `${la}${int(1000, 7999)}${String(int(0, 25)).padStart(2, '0')}${digits(3)}`;
      return `${upnCheckLetter(rest)}${rest}`;
    },
    /**
     * A postcode in one of the official shapes (A9 9AA, A99 9AA, A9A 9AA, AA9 9AA, AA99 9AA,
     * AA9A 9AA) from real postcode areas, as `{ outward, inward }`.
     */
    postcode() {
      const unitLetters = 'ABDEFGHJLNPQRSTUWXYZ';
      const shape = pick(['A9', 'A99', 'A9A', 'AA9', 'AA99', 'AA9A']);
      const oneLetter = pick(['B', 'E', 'G', 'L', 'M', 'N', 'S', 'W']);
      const twoLetters = pick(['DE', 'NG', 'LE', 'ST', 'SK', 'BD', 'LS', 'CV', 'SW', 'EC', 'NW']);
      const outward = {
        A9: `${oneLetter}${int(1, 9)}`,
        A99: `${oneLetter}${int(10, 40)}`,
        A9A: `${pick(['E', 'N', 'W'])}${int(1, 1)}${pick(['A', 'C', 'H', 'W'])}`,
        AA9: `${twoLetters}${int(1, 9)}`,
        AA99: `${twoLetters}${int(10, 24)}`,
        AA9A: `${pick(['EC', 'SW', 'WC'])}${int(1, 2)}${pick(['A', 'M', 'P', 'R', 'V'])}`,
      }[shape];
      const inward = `${int(0, 9)}${pick([...unitLetters])}${pick([...unitLetters])}`;
      return { outward, inward };
    },
    /**
     * A UK telephone number from the ranges Ofcom keeps for drama, as `{ area, local }`:
     * the area code without its 0 and the local number in the groups it is written in,
     * "1332" ["960123"] (01332 960123), "20" ["7946", "0123"], "7700" ["900123"].
     */
    phone() {
      return pick([
        () => ({ area: '1332', local: [`960${digits(3)}`] }),
        () => ({ area: '20', local: ['7946', `0${digits(3)}`] }),
        () => ({ area: '7700', local: [`900${digits(3)}`] }),
        () => ({ area: '115', local: ['496', `0${digits(3)}`] }),
        () => ({ area: '161', local: ['496', `0${digits(3)}`] }),
        () => ({ area: '1632', local: [`960${digits(3)}`] }),
      ])();
    },
    /** A valid ISBN-13 with hyphens, "978-1-84787-123-4". */
    isbn() {
      const twelve = `978${pick(['1', '0'])}${digits(8)}`;
      const check = isbn13CheckDigit(twelve);
      return `${twelve.slice(0, 3)}-${twelve[3]}-${twelve.slice(4, 9)}-${twelve.slice(9, 12)}-${check}`;
    },
  };
}
