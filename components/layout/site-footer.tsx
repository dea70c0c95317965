export function SiteFooter() {
  return (
    <footer className="site-footer">
      <div className="container">
        <p>公开 · 部门决算公开平台。金额单位除特别注明外均为万元；所有合计、小计、占比与增减均由系统根据单位填报数据计算。</p>
        <p>标注“示例数据”的单位和数字为演示用虚构数据，不代表任何真实单位。</p>
      </div>
    </footer>
  );
}
