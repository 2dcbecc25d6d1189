import { useMutation } from '@tanstack/react-query';

type Output = () => Promise<{ saved: boolean }>;

/**
 * A document's two outputs, as the report and roster screens offer them: "In" (a PDF in
 * Electron, the print page in browser mode) and "Xuất Excel". One runs at a time; starting one
 * clears what the other last said.
 */
export function useDocumentOutput(outputs: { print: Output; excel: Output }) {
  const print = useMutation({ mutationFn: outputs.print });
  const excel = useMutation({ mutationFn: outputs.excel });
  const busy = print.isPending || excel.isPending;
  const run = (action: typeof print, other: typeof print) => {
    if (busy) return;
    other.reset();
    action.mutate();
  };
  return {
    busy,
    failed: print.error ?? excel.error,
    printSaved: print.data?.saved === true,
    excelSaved: excel.data?.saved === true,
    print: () => run(print, excel),
    excel: () => run(excel, print),
  };
}
