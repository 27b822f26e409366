/**
 * Errors an app author causes (Streamlit's StreamlitAPIException): shown in the app with
 * their message, the way any exception in a page is.
 */
export class AuthorError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "AuthorError";
  }
}

export class DuplicateWidgetError extends AuthorError {
  constructor(kind: string, label: string, key: string | undefined) {
    super(
      key !== undefined
        ? `There are multiple widgets with the same key "${key}". Keys must be unique on a page.`
        : `There are multiple \`${kind}\` widgets with the same identity (label "${label}" and the same parameters). ` +
            `Pass a unique \`key\` to tell them apart.`,
    );
    this.name = "DuplicateWidgetError";
  }
}
