import type { IdentitySharingRequest } from '@lagspill/contracts';
import { ApiProperty } from '@nestjs/swagger';
import { IsBoolean } from 'class-validator';

export class IdentitySharingRequestDto implements IdentitySharingRequest {
  @ApiProperty({
    description:
      'true: share the identity numbers in the report with the organisation the case concerns (it treats the ' +
      'patient); false: withdraw that',
  })
  @IsBoolean()
  share!: boolean;
}
