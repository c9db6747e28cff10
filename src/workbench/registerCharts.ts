/** The chart.js parts the workbench draws Excel's chart types with, registered once. */
import {
  ArcElement,
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  DoughnutController,
  Legend,
  LineController,
  LineElement,
  LinearScale,
  LogarithmicScale,
  PieController,
  PointElement,
  ScatterController,
  Title,
  Tooltip,
} from "chart.js";
import { excelExtras } from "./chartConfig";

Chart.register(
  ArcElement,
  BarController,
  BarElement,
  CategoryScale,
  DoughnutController,
  Legend,
  LineController,
  LineElement,
  LinearScale,
  LogarithmicScale,
  PieController,
  PointElement,
  ScatterController,
  Title,
  Tooltip,
  excelExtras,
);

export { Chart };
