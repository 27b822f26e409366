/** A `.csv` file imported by a page is its text (wrangler.toml's Text rule; the tests' vite plugin). */
declare module "*.csv" {
  const text: string;
  export default text;
}
