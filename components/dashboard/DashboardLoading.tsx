/** Shown while the dashboard's data is aggregated (slow data, a cold cache). Both languages: the state is not parsed yet. */
export default function DashboardLoading() {
  return (
    <div className="page-loading" role="status" aria-live="polite" data-testid="page-loading">
      <span lang="zh-CN">统计加载中…</span> · <span lang="en">Loading statistics…</span>
    </div>
  );
}
