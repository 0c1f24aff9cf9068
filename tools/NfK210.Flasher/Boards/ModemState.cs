namespace NfK210.Flasher.Boards;

/// <summary>One step of a reset sequence: DTR and RTS, true = asserted (pyserial's <c>setDTR(True)</c>).</summary>
public readonly record struct ModemState(bool Dtr, bool Rts)
{
    public override string ToString() => $"DTR={(Dtr ? 'T' : 'F')} RTS={(Rts ? 'T' : 'F')}";
}
