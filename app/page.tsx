export default function HomePage() {
  return (
    <main>
      <h1>浙江平安统计</h1>
    </main>
  );
}
