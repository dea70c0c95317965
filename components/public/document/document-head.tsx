import Head from "next/head";

/** Title, description and canonical link of a Pages Router document, as the App Router's metadata writes them. */
export function DocumentHead({ title, description, canonical }: { title: string; description: string; canonical?: string }) {
  return (
    <Head>
      <title>{`${title} · 公开`}</title>
      <meta name="description" content={description} />
      <meta name="viewport" content="width=device-width, initial-scale=1" />
      <link rel="icon" href="/favicon.svg" type="image/svg+xml" />
      {canonical ? <link rel="canonical" href={canonical} /> : null}
    </Head>
  );
}
