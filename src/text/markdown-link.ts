/** A Markdown link, "[Over ons](https://…)": group 1 is its text. Global: replace with '$1' to read links as text. */
export const MARKDOWN_LINK = /\[([^[\]\n]{1,200})\]\([^()[\]\s]{0,500}\)/gu;
