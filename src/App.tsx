export function App() {
  return <h1>KZ Cluster Atlas</h1>;
}
