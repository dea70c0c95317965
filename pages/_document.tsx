import { Head, Html, Main, NextScript } from "next/document";

/** The HTML document of the Pages Router routes (the published report documents). */
export default function Document() {
  return (
    <Html lang="zh-CN">
      <Head />
      <body>
        <Main />
        <NextScript />
      </body>
    </Html>
  );
}
