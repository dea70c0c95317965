// Placeholder home page; the public site (issue 6) replaces it.
export const dynamic = "force-dynamic";

export default function HomePage() {
  return (
    <div className="container">
      <h1>部门决算公开</h1>
      <p>查阅各单位的部门决算：株洲市芦淞区总工会 2020 年度部门决算已公开。</p>
    </div>
  );
}
