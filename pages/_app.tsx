import type { AppProps } from "next/app";
import { SiteShell } from "@/components/layout/site-shell";
import "@/app/globals.css";

export default function App({ Component, pageProps }: AppProps) {
  return (
    <SiteShell>
      <Component {...pageProps} />
    </SiteShell>
  );
}
