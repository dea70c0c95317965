import { Fragment } from "react";
import { parseRichText, parseInline, type Span } from "@/lib/disclosure/rich-text";

/**
 * The one renderer of the clerk's texts (lib/disclosure/rich-text.ts): the published page, the
 * clerk's preview and the PDF all draw them through it. Plain elements and text only.
 */
export function RichSpans({ spans }: { spans: Span[] }) {
  return spans.map((s, i) => (s.bold ? <strong key={i}>{s.text}</strong> : <Fragment key={i}>{s.text}</Fragment>));
}

/** One line of text with bold only (a duty, a narrative sentence with a clerk's reason). */
export function RichInline({ text }: { text: string }) {
  return <RichSpans spans={parseInline(text)} />;
}

type HeadingTag = "h2" | "h3" | "h4" | "h5" | "h6";
const TAGS: HeadingTag[] = ["h2", "h3", "h4", "h5", "h6"];

/**
 * A whole text. `topHeading` is the tag of a `#` heading, so that a text's outline sits under the
 * heading of the part that holds it (第五部分's `#` is an h3, like 第三部分's 一、 sections).
 */
export function RichText({ text, topHeading = "h3" }: { text: string; topHeading?: HeadingTag }) {
  const base = TAGS.indexOf(topHeading);
  return parseRichText(text).map((block, i) => {
    if (block.kind === "heading") {
      const Tag = TAGS[Math.min(base + block.level - 1, TAGS.length - 1)];
      return (
        <Tag key={i}>
          <RichSpans spans={block.spans} />
        </Tag>
      );
    }
    if (block.kind === "paragraph") {
      return (
        <p key={i}>
          <RichSpans spans={block.spans} />
        </p>
      );
    }
    if (block.kind === "list") {
      const List = block.ordered ? "ol" : "ul";
      return (
        <List key={i}>
          {block.items.map((item, j) => (
            <li key={j}>
              <RichSpans spans={item} />
            </li>
          ))}
        </List>
      );
    }
    return (
      <table key={i}>
        <thead>
          <tr>
            {block.header.map((cell, j) => (
              <th key={j} scope="col">
                <RichSpans spans={cell} />
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {block.rows.map((row, r) => (
            <tr key={r}>
              {row.map((cell, j) => (
                <td key={j}>
                  <RichSpans spans={cell} />
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    );
  });
}
