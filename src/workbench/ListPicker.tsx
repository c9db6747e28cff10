/**
 * The drop-down of a cell with a validation list, as Excel shows it on the active cell: a ▾ button
 * that opens the allowed values. A native <select> gives keyboard and screen-reader support free.
 */
import { makeStyles } from "@fluentui/react-components";
import { useWorkbenchText } from "./text";

const useStyles = makeStyles({
  box: {
    position: "absolute",
    right: "1px",
    top: "1px",
    width: "16px",
    height: "19px",
    border: "1px solid #A0A0A0",
    background: "#F3F3F3",
    color: "#333333",
    fontSize: "10px",
    lineHeight: "17px",
    textAlign: "center",
  },
  select: { position: "absolute", inset: 0, opacity: 0, cursor: "pointer", width: "100%" },
});

export interface ListPickerProps {
  values: string[];
  current: string;
  onPick(value: string): void;
}

export function ListPicker({ values, current, onPick }: ListPickerProps) {
  const styles = useStyles();
  const text = useWorkbenchText();
  return (
    <span className={styles.box} onMouseDown={(e) => e.stopPropagation()}>
      ▾
      <select className={styles.select} aria-label={text("listPicker")} value={values.includes(current) ? current : ""} onChange={(e) => onPick(e.target.value)}>
        <option value="" disabled hidden />
        {values.map((v) => (
          <option key={v} value={v}>
            {v}
          </option>
        ))}
      </select>
    </span>
  );
}
