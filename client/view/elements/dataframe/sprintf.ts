/**
 * printf-style number formats, as Streamlit's number columns take them ("%d", "%.2f",
 * "$%.2f", "%.1f%%", "%e", "%05d", "%+.1f"): flags `-+ 0`, a width, a precision and the
 * conversions d i u f F e E g G x o s; `%%` is a percent sign. Anything else is kept as text.
 */
const SPEC = /%([-+ 0]*)(\d+)?(?:\.(\d+))?([diufFeEgGxos%])/g;

export function sprintf(format: string, value: number): string {
  return format.replace(SPEC, (_m, flags: string, width: string | undefined, prec: string | undefined, conv: string) => {
    if (conv === "%") return "%";
    const p = prec === undefined ? undefined : Number(prec);
    let body: string;
    switch (conv) {
      case "d":
      case "i":
        body = Math.trunc(Math.abs(value)).toString();
        break;
      case "u":
        body = Math.trunc(Math.abs(value)).toString();
        break;
      case "f":
      case "F":
        body = Math.abs(value).toFixed(p ?? 6);
        break;
      case "e":
      case "E":
        body = exponent(Math.abs(value).toExponential(p ?? 6));
        if (conv === "E") body = body.toUpperCase();
        break;
      case "g":
      case "G":
        body = general(Math.abs(value), p ?? 6);
        if (conv === "G") body = body.toUpperCase();
        break;
      case "x":
        body = Math.trunc(Math.abs(value)).toString(16);
        break;
      case "o":
        body = Math.trunc(Math.abs(value)).toString(8);
        break;
      default:
        return String(value);
    }
    const negative = value < 0 && Number(body.replace(/[^0-9]/g, "")) !== 0;
    const sign = negative ? "-" : flags.includes("+") ? "+" : flags.includes(" ") ? " " : "";
    const w = width === undefined ? 0 : Number(width);
    if (flags.includes("-")) return (sign + body).padEnd(w);
    if (flags.includes("0")) return sign + body.padStart(Math.max(0, w - sign.length), "0");
    return (sign + body).padStart(w);
  });
}

/** C writes at least two exponent digits: 1.5e+03, not 1.5e+3. */
function exponent(s: string): string {
  return s.replace(/e([+-])(\d)$/, "e$10$2");
}

function general(v: number, p: number): string {
  const precision = p === 0 ? 1 : p;
  if (v === 0) return "0";
  const e = Math.floor(Math.log10(v));
  const s = e < -4 || e >= precision ? exponent(v.toExponential(precision - 1)) : v.toFixed(Math.max(0, precision - 1 - e));
  // %g drops trailing zeros
  return s.replace(/\.?0+(?=e|$)/, "");
}
